import '../../src/ui/styles.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { READER_MATCHES } from '../../src/sites/match-patterns';
import { startInPagePanel } from '../../src/ui/in-page-panel';

export default defineContentScript({
  // Injected by the background only when a run has something to show.
  registration: 'runtime',
  matches: READER_MATCHES,
  cssInjectionMode: 'ui',
  main: (ctx) => startInPagePanel(ctx),
});
