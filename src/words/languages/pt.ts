import type { Language } from '../language';
import { pt as messages } from '../messages/pt';
import { pt as tips } from '../tips/pt';

export const pt: Language = { locale: 'pt', messages, tips };
