export type Language = 'vi' | 'en';

/** BCP 47 locale used for number and date formatting. */
export function localeOf(language: Language): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
