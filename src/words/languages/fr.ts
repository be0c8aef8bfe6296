import type { Language } from '../language';
import { fr as messages } from '../messages/fr';
import { fr as tips } from '../tips/fr';

export const fr: Language = { locale: 'fr', messages, tips };
