import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReaderInPage } from '../src/reader/reader-in-page';
import { garminConnectCollector } from '../src/sites/garmin-connect/collect-page';

// Not a manifest content script: the background injects it into this site's activity pages
// only, once they have loaded (or the site's app moved to one in place). Pages that are not
// activities never run any of it, and no page's load waits for it.
export default defineUnlistedScript(() => startReaderInPage(browser, garminConnectCollector));
