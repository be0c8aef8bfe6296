import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { READER_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  matches: READER_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main: () => startPageBridge(window),
});
