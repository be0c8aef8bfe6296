import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pt } from '../src/words/languages/pt';
import { offerLanguage } from '../src/words/offered-language';

// The in-page panel's words in one language, injected by the background before the panel.
export default defineUnlistedScript(() => offerLanguage(pt));
