import type { SignalId } from '../detect/signal';
import { t } from '../i18n/translate';

/** A signal's name as a word inside a sentence: "long", "hilly". */
export const signalWord = (id: SignalId) => t(`signal.${id}`).toLowerCase();
