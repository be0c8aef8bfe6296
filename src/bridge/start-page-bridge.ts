import type { SiteBridgeEntry } from '../sites/site-bridge';
import { type BridgeReport, bridgeMessage } from './protocol';

/**
 * Runs in the page's own world. Whatever happens here stays here: an error must never reach
 * the page's own error handlers.
 */
const STARTED = Symbol.for('backstride.page-bridge');

/** Starts, in the page's own world, the bridge of the page's site among `bridges`. */
export function startPageBridge(win: Window & typeof globalThis, bridges: readonly SiteBridgeEntry[]): void {
  try {
    // Injected again (the extension reloaded, a second reader): one bridge per page is enough.
    const flags = win as unknown as Record<symbol, boolean>;
    if (flags[STARTED]) return;
    flags[STARTED] = true;
    const post = (report: BridgeReport) => win.postMessage(bridgeMessage(report), win.location.origin);
    const { hostname, protocol } = win.location;
    if (protocol !== 'https:') return;
    bridges.find(({ site }) => site.hosts.includes(hostname))?.bridge(win, post);
  } catch {
    // The page keeps working without us.
  }
}
