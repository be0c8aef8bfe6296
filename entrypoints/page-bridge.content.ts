import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { RUNTIME_BRIDGE_MATCHES } from '../src/sites/match-patterns';

export default defineContentScript({
  // Injected with the reader, into activity pages only, once they have loaded.
  registration: 'runtime',
  matches: RUNTIME_BRIDGE_MATCHES,
  world: 'MAIN',
  main: () => startPageBridge(window),
});
