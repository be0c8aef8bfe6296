import type { Locale } from './locale';

/** Loads one language's words (English is always loaded). Extension pages fetch only what they show. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'de') await import('./locales/de');
  if (locale === 'fr') await import('./locales/fr');
}
