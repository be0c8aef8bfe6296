import type { Language } from '../language';
import { nl as messages } from '../messages/nl';
import { nl as tips } from '../tips/nl';

export const nl: Language = { locale: 'nl', messages, tips };
