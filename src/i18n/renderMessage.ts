// Renders a typed message in one language from its catalogue; numbers go through format.ts (1.234,5 in vi).
import { EN } from './catalog.en.ts';
import { VI } from './catalog.vi.ts';
import { formatNumber } from './format.ts';
import type { Language } from './language.ts';
import type { Catalog, Message, Render } from './message.ts';

export const CATALOGS: Record<Language, Catalog> = { vi: VI, en: EN };

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
