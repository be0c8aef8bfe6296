import { SITE_BRIDGES } from '../sites/bridges';
import { siteOfUrl } from '../sites/match-patterns';
import { type BridgeReport, bridgeMessage } from './protocol';

/**
 * Runs in the page's own world. Whatever happens here stays here: an error must never reach
 * the page's own error handlers.
 */
const STARTED = Symbol.for('backstride.page-bridge');

export function startPageBridge(win: Window & typeof globalThis): void {
  try {
    // Injected again (the extension reloaded, a second reader): one bridge per page is enough.
    const flags = win as unknown as Record<symbol, boolean>;
    if (flags[STARTED]) return;
    flags[STARTED] = true;
    const post = (report: BridgeReport) => win.postMessage(bridgeMessage(report), win.location.origin);
    const site = siteOfUrl(win.location.href);
    if (site) SITE_BRIDGES[site](win, post);
  } catch {
    // The page keeps working without us.
  }
}
