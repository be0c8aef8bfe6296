import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { DOCUMENT_START_BRIDGE_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  // From the very start: Garmin's app fetches the activity as it boots, and the bridge must
  // be there to see its response.
  matches: DOCUMENT_START_BRIDGE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main: () => startPageBridge(window),
});
