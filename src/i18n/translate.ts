import { browserLocale, type Locale } from './locale';
import { en, type MessageKey, type Messages } from './messages/en';

/**
 * The languages loaded so far. English is always there (and the fallback); the others are
 * registered by `src/locales/<language>.ts`, which pages load only for the browser's language.
 */
const catalogs: Partial<Record<Locale, Messages>> = { en };

export function registerMessages(locale: Locale, messages: Messages): void {
  catalogs[locale] = messages;
}

export type MessageParams = Record<string, string | number>;

/** A message in a language, its {placeholders} filled in. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

let uiLocale: Locale | undefined;

/** The language the views speak: the browser's, decided once per page. */
export function currentLocale(): Locale {
  uiLocale ??= browserLocale();
  return uiLocale;
}

/** A message in the browser's language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLocale(), key, params);
}
