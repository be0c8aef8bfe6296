import type { Language } from './language';
import type { Locale } from './locale';

/** One language's words, fetched on their own: an extension page loads only the one it speaks. */
export async function loadLanguage(locale: Locale): Promise<Language> {
  switch (locale) {
    case 'de':
      return (await import('./languages/de')).de;
    case 'fr':
      return (await import('./languages/fr')).fr;
    case 'es':
      return (await import('./languages/es')).es;
    case 'it':
      return (await import('./languages/it')).it;
    case 'nl':
      return (await import('./languages/nl')).nl;
    case 'pt':
      return (await import('./languages/pt')).pt;
    default:
      return (await import('./languages/en')).en;
  }
}
