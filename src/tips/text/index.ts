import type { Locale } from '../../i18n/locale';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { TipTexts } from './tip-text';

export const TIP_TEXTS: Record<Locale, TipTexts> = { en, de, fr };
