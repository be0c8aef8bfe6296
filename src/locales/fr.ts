import { fr as messages } from '../i18n/messages/fr';
import { registerMessages } from '../i18n/translate';
import { fr as tips } from '../tips/text/fr';
import { registerTipTexts } from '../tips/text/index';

registerMessages('fr', messages);
registerTipTexts('fr', tips);
