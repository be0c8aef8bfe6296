import type { Locale } from '../locales';
import type { Language } from './language';

/**
 * The in-page panel's words come as a script of their own, injected into the page's isolated
 * world just before the panel's code (or when the runner picks another language): neither the
 * panel's code nor the background carries any language. The script leaves its language here.
 */
const OFFERED = Symbol.for('backstride.offered-language');
type IsolatedWorld = typeof globalThis & { [OFFERED]?: Language };

/** Called by a language's script: the panel in this page may now speak it. */
export function offerLanguage(language: Language): void {
  (globalThis as IsolatedWorld)[OFFERED] = language;
}

/** The language offered to this page, if it is the one asked for. */
export function offeredLanguage(locale: Locale): Language | undefined {
  const language = (globalThis as IsolatedWorld)[OFFERED];
  return language?.locale === locale ? language : undefined;
}

/** The language this page has been offered, if any. */
export const offeredLocale = (): Locale | undefined => (globalThis as IsolatedWorld)[OFFERED]?.locale;

/** The script that offers a language: one per language, built from `entrypoints/language-*.ts`. */
export const languageScript = (locale: Locale): string => `/language-${locale}.js`;
