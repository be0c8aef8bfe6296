import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Request } from '../src/messages';
import { startReader } from '../src/reader/start-reader';
import { activityPageMatches } from '../src/sites/index';

export default defineContentScript({
  matches: activityPageMatches,
  runAt: 'document_start',
  main(ctx) {
    const readCurrentPage = startReader({
      document,
      currentUrl: () => location.href,
      signal: ctx.signal,
      report: (url, run) => {
        const message: Request = { type: 'run-seen', url, run };
        browser.runtime.sendMessage(message).catch(() => {
          // The extension was reloaded or is restarting: nobody to tell, nothing to break.
        });
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void readCurrentPage());
    void readCurrentPage();
  },
});
