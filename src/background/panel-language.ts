import { browser } from 'wxt/browser';
import type { Locale } from '../locales';
import { languageScript } from '../words/offered-language';

/** Puts a language's words into the tab's page (its isolated world), for the panel to speak. */
export async function offerLanguageTo(tabId: number, locale: Locale): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [languageScript(locale)] });
}
