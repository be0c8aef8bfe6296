import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReaderInPage } from '../src/reader/reader-in-page';
import { READER_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  // Injected by the background into activity pages only, after they have loaded: pages that
  // are not runs never run any of it, and no page's load waits for it.
  registration: 'runtime',
  // WXT tells a page's own scripts when ours start; they have no need to know.
  noScriptStartedPostMessage: true,
  matches: READER_MATCHES,
  main: (ctx) => startReaderInPage(ctx, browser),
});
