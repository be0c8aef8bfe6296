import { browserLocale, type Locale } from './locale';
import { de } from './messages/de';
import { en, type MessageKey, type Messages } from './messages/en';
import { fr } from './messages/fr';

export const MESSAGES: Record<Locale, Messages> = { en, de, fr };

export type MessageParams = Record<string, string | number>;

/** A message in a language, its {placeholders} filled in. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = MESSAGES[locale][key] ?? en[key];
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
