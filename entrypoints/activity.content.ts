import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Request } from '../src/messages';
import { startReader } from '../src/reader/start-reader';
import { READER_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  matches: READER_MATCHES,
  // From the very start, so no message of the page bridge is missed.
  runAt: 'document_start',
  main(ctx) {
    const send = (message: Request) => {
      browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or is restarting: nobody to tell, nothing to break.
      });
    };
    const readPage = startReader({
      window,
      signal: ctx.signal,
      report: (url, run) => send({ type: 'run-seen', url, run }),
      left: (url) => send({ type: 'page-left', url }),
    });
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void readPage(newUrl.href));
    void readPage(location.href);
  },
});
