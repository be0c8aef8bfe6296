import { browser } from 'wxt/browser';

import { LOCALES, type Locale } from '../locales';

export { LOCALES, type Locale };

/** Our language for a BCP 47 tag ("de-AT" → "de"); English for any language we do not have. */
export function pickLocale(languageTag: string | undefined): Locale {
  const language = languageTag?.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language) ?? 'en';
}

/** The browser's own UI language, as every view and the background follow it. */
export function browserLocale(): Locale {
  try {
    return pickLocale(browser.i18n.getUILanguage());
  } catch {
    return pickLocale(globalThis.navigator?.language);
  }
}

/** The language the runner chose in the options, or the browser's when they left it to the browser. */
export function chosenLocale(choice: Locale | 'auto'): Locale {
  return choice === 'auto' ? browserLocale() : choice;
}
