import { bridgeGarminActivities } from './garmin-traffic';
import { type BridgeReport, bridgeMessage } from './protocol';
import { answerStravaModelRequests } from './strava-page-model';

/** Each site's part of the bridge, by host name. */
const SITE_BRIDGES: Record<string, (win: Window & typeof globalThis, post: (report: BridgeReport) => void) => void> = {
  'www.strava.com': answerStravaModelRequests,
  'connect.garmin.com': bridgeGarminActivities,
};

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
    SITE_BRIDGES[win.location.hostname]?.(win, post);
  } catch {
    // The page keeps working without us.
  }
}
