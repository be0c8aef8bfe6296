import { de as tips } from '../../tips/text/de';
import { registerTipTexts } from '../../tips/text/index';
import { de as messages } from '../messages/de';
import { registerMessages } from '../translate';

registerMessages('de', messages);
registerTipTexts('de', tips);
