import { type ComponentType, render } from 'preact';
import { speak } from '../words/language';
import { loadLanguage } from '../words/load-language';
import { browserLocale } from '../words/locale';

/** Renders an extension page's view into its #app element, in the browser's language. */
export async function mountPage(View: ComponentType): Promise<void> {
  const language = await loadLanguage(browserLocale());
  speak(language);
  document.documentElement.lang = language.locale;
  const root = document.getElementById('app');
  if (root) render(<View />, root);
}
