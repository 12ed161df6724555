// Renders a typed message in one language from its catalogue; numbers go through format.ts (1.234,5 in vi).
import { EN, UI_EN } from './catalog.en.ts';
import { UI_VI, VI, type UiText } from './catalog.vi.ts';
import { formatNumber } from './format.ts';
import type { Language } from './language.ts';
import type { Catalog, Message, Render } from './message.ts';
import type { LocalText } from '../domain/model/layerRoles.ts';

export const CATALOGS: Record<Language, Catalog> = { vi: VI, en: EN };
export const UI_TEXTS: Record<Language, UiText> = { vi: UI_VI, en: UI_EN };

/** The UI words of one language (components use `useText()` from src/ui/useAppState.ts). */
export function uiText(language: Language): UiText {
  return UI_TEXTS[language];
}

/** A UI text in both languages, for a value kept in state or history that is shown later in either language. */
export function uiTextBoth(pick: (text: UiText, language: Language) => string): LocalText {
  return { vi: pick(UI_VI, 'vi'), en: pick(UI_EN, 'en') };
}

const renderers = new Map<Language, Render>();

function renderer(language: Language): Render {
  let r = renderers.get(language);
  if (!r) {
    const num = (value: number, digits = 1) => formatNumber(value, language, digits);
    r = {
      num,
      m2: (value) => `${num(value, 1)} m²`,
      m: (value) => `${num(value, 1)} m`,
      pct: (value, digits = 2) => `${num(value, digits)}%`,
      msg: (message) => renderMessage(language, message),
    };
    renderers.set(language, r);
  }
  return r;
}

export function renderMessage(language: Language, message: Message): string {
  const words = CATALOGS[language][message.code] as (params: unknown, r: Render) => string;
  return words(message.params, renderer(language));
}

/** Both languages at once, for outputs that carry text in both (the audit report, UserError). */
export function renderBoth(message: Message): { vi: string; en: string } {
  return { vi: renderMessage('vi', message), en: renderMessage('en', message) };
}
