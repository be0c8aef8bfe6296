import { defineContentScript } from 'wxt/utils/define-content-script';
import { READER_MATCHES } from '../../src/sites/match-patterns';
import { startInPagePanel } from '../../src/ui/in-page-panel';
// Bundled as text and given to the shadow root: no request for a stylesheet, and nothing
// of ours exposed to web pages as a web-accessible resource.
import panelCss from '../../src/ui/styles.css?inline';

export default defineContentScript({
  // Injected by the background only when a run has something to show.
  registration: 'runtime',
  // WXT tells a page's own scripts when ours start; they have no need to know.
  noScriptStartedPostMessage: true,
  matches: READER_MATCHES,
  cssInjectionMode: 'manual',
  main: (ctx) => startInPagePanel(ctx, panelCss),
});
