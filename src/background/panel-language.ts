import { loadStored } from '../data/stored-items';
import { LANGUAGES } from '../words/all-languages';
import type { Language } from '../words/language';
import { chosenLocale } from '../words/locale';

/** The language the in-page panel speaks: the runner's choice, else the browser's. */
export async function panelLanguage(): Promise<Language> {
  return LANGUAGES[chosenLocale((await loadStored('settings')).language)];
}
