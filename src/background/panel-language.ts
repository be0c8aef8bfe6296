import { browser } from 'wxt/browser';
import { loadStored } from '../data/stored-items';
import type { Locale } from '../locales';
import { chosenLocale } from '../words/locale';
import { languageScript } from '../words/offered-language';

/** The language the in-page panel speaks: the runner's choice, else the browser's. */
export async function panelLocale(): Promise<Locale> {
  return chosenLocale((await loadStored('settings')).language);
}

/** Puts a language's words into the tab's page (its isolated world), for the panel to speak. */
export async function offerLanguageTo(tabId: number, locale: Locale): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [languageScript(locale)] });
}
