import { type ComponentType, render } from 'preact';
import { currentLocale } from '../i18n/translate';

/** Renders an extension page's view into its #app element, in the browser's language. */
export function mountPage(View: ComponentType): void {
  document.documentElement.lang = currentLocale();
  const root = document.getElementById('app');
  if (root) render(<View />, root);
}
