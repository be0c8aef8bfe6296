import type { Language } from '../language';
import { de as messages } from '../messages/de';
import { de as tips } from '../tips/de';

export const de: Language = { locale: 'de', messages, tips };
