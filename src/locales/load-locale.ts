import type { Locale } from '../i18n/locale';

/** Loads one language's words (English is always loaded). Extension pages fetch only what they show. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'de') await import('./de');
  if (locale === 'fr') await import('./fr');
}
