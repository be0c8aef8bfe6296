import type { Language } from '../language';
import { it as messages } from '../messages/it';
import { it as tips } from '../tips/it';

export const it: Language = { locale: 'it', messages, tips };
