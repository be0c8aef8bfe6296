import type { Language } from './language';
import { de } from './languages/de';
import { en } from './languages/en';
import { fr } from './languages/fr';
import type { Locale } from './locale';

/** Every language at once, for the background: it hands the in-page panel the one it speaks. */
export const LANGUAGES: Record<Locale, Language> = { en, de, fr };
