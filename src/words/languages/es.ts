import type { Language } from '../language';
import { es as messages } from '../messages/es';
import { es as tips } from '../tips/es';

export const es: Language = { locale: 'es', messages, tips };
