import type { BridgeReport } from '../bridge/protocol';
import type { SiteId } from '../run/run-facts';
import { bridgeGarminActivities } from './garmin-connect/bridge';
import { answerStravaModelRequests } from './strava/bridge';

export type SiteBridge = (win: Window & typeof globalThis, post: (report: BridgeReport) => void) => void;

/** Each site's part of the page bridge (it runs in the page's own world). */
export const SITE_BRIDGES: Record<SiteId, SiteBridge> = {
  strava: answerStravaModelRequests,
  'garmin-connect': bridgeGarminActivities,
};
