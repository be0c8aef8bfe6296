import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startListReader } from '../src/reader/list-reader';
import { garminActivityList } from '../src/sites/garmin-connect/activity-list';

export default defineContentScript({
  // From the start too, so it hears the list bridge's first report; it does nothing else.
  matches: [...garminActivityList.pageMatches],
  runAt: 'document_start',
  // WXT tells a page's own scripts when ours start; they have no need to know.
  noScriptStartedPostMessage: true,
  main: () => startListReader(browser, window, garminActivityList),
});
