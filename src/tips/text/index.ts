import type { Locale } from '../../i18n/locale';
import type { TipTexts } from '../tip';
import { en } from './en';

/** The tips' words in the languages loaded so far; English always (and as the fallback). */
const texts: Partial<Record<Locale, TipTexts>> = { en };

export function registerTipTexts(locale: Locale, tipTexts: TipTexts): void {
  texts[locale] = tipTexts;
}

export function tipTextsIn(locale: Locale): TipTexts {
  return texts[locale] ?? en;
}
