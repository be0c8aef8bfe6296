// Every language's UI strings at once, for the in-page panel: a content script is one file
// and cannot load more later. (The tips' words come from the background, already chosen.)
import { de } from './messages/de';
import { fr } from './messages/fr';
import { registerMessages } from './translate';

registerMessages('de', de);
registerMessages('fr', fr);
