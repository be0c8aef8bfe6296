import { type ComponentType, render } from 'preact';
import { currentLocale } from '../i18n/translate';
import { loadLocale } from '../locales/load-locale';

/** Renders an extension page's view into its #app element, in the browser's language. */
export async function mountPage(View: ComponentType): Promise<void> {
  const locale = currentLocale();
  document.documentElement.lang = locale;
  await loadLocale(locale);
  const root = document.getElementById('app');
  if (root) render(<View />, root);
}
