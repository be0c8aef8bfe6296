import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageBridge } from '../src/bridge/start-page-bridge';
import { RUNTIME_SITE_BRIDGES } from '../src/sites/runtime-bridges';

export default defineContentScript({
  // Injected with the reader, into activity pages only, once they have loaded.
  registration: 'runtime',
  // Its own sites' pages, from its own list: the script carries no other site's definition.
  matches: RUNTIME_SITE_BRIDGES.flatMap(({ site }) => [...site.pageMatches]),
  world: 'MAIN',
  main: () => startPageBridge(window, RUNTIME_SITE_BRIDGES),
});
