import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { DOCUMENT_START_SITE_BRIDGES } from '../src/sites/document-start-bridges';

export default defineContentScript({
  // From the very start: Garmin's app fetches the activity as it boots, and the bridge must
  // be there to see its response.
  // Its own sites' pages, from its own list: the script carries no other site's definition.
  matches: DOCUMENT_START_SITE_BRIDGES.flatMap(({ site }) => [...site.pageMatches]),
  world: 'MAIN',
  runAt: 'document_start',
  main: () => startPageBridge(window, DOCUMENT_START_SITE_BRIDGES),
});
