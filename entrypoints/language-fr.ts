import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fr } from '../src/words/languages/fr';
import { offerLanguage } from '../src/words/offered-language';

// The in-page panel's words in one language, injected by the background before the panel.
export default defineUnlistedScript(() => offerLanguage(fr));
