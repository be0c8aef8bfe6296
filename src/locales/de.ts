import { de as messages } from '../i18n/messages/de';
import { registerMessages } from '../i18n/translate';
import { de as tips } from '../tips/text/de';
import { registerTipTexts } from '../tips/text/index';

registerMessages('de', messages);
registerTipTexts('de', tips);
