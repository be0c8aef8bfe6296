import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { SITE_PAGE_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  // From the very start: Garmin's app fetches the activity as it boots, and the bridge must
  // be there to see its response.
  matches: [...SITE_PAGE_MATCHES['garmin-connect']],
  world: 'MAIN',
  runAt: 'document_start',
  main: () => startPageBridge(window),
});
