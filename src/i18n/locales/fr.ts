import { fr as tips } from '../../tips/text/fr';
import { registerTipTexts } from '../../tips/text/index';
import { fr as messages } from '../messages/fr';
import { registerMessages } from '../translate';

registerMessages('fr', messages);
registerTipTexts('fr', tips);
