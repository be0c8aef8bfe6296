import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListBridge } from '../src/bridge/list-bridge';
import { STRAVA_LIST_PAGE_MATCHES } from '../src/sites/strava/activity-list';
import { watchStravaListResponses } from '../src/sites/strava/bridge';

export default defineContentScript({
  // From the very start of "My Activities" only: the page loads its list as it boots, and the
  // bridge must be there to see the response.
  matches: [...STRAVA_LIST_PAGE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main: () => startListBridge(window, watchStravaListResponses),
});
