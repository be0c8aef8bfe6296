import type { Language } from '../language';
import { en as messages } from '../messages/en';
import { en as tips } from '../tips/en';

export const en: Language = { locale: 'en', messages, tips };
