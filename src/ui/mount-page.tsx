import { type ComponentType, render } from 'preact';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { openItem } from '../storage/read-item';
import { speak } from '../words/language';
import { loadLanguage } from '../words/load-language';
import { chosenLocale, type Locale } from '../words/locale';

/**
 * Renders an extension page's view into its #app element, in the language the runner chose
 * (the browser's unless they chose another), and again in a new one when they change it.
 */
export async function mountPage(View: ComponentType): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const settings = openItem(SETTINGS_ITEM);
  let shown: Locale | undefined;
  const showIn = async (locale: Locale) => {
    if (locale === shown) return;
    shown = locale;
    const language = await loadLanguage(locale);
    if (locale !== shown) return;
    speak(language);
    document.documentElement.lang = language.locale;
    // Every view reads its words while rendering: start again from nothing, in the new language.
    render(null, root);
    render(<View />, root);
  };
  settings.watch(({ language }) => void showIn(chosenLocale(language)));
  await showIn(chosenLocale((await settings.load()).language));
}
