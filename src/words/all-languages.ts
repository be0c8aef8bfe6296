import type { Language } from './language';
import { de } from './languages/de';
import { en } from './languages/en';
import { es } from './languages/es';
import { fr } from './languages/fr';
import { it } from './languages/it';
import { nl } from './languages/nl';
import { pt } from './languages/pt';
import type { Locale } from './locale';

/** Every language at once, for the background: it hands the in-page panel the one it speaks. */
export const LANGUAGES: Record<Locale, Language> = { en, de, fr, es, it, nl, pt };
