import type { SiteBridgeEntry } from './site-bridge';
import { answerStravaModelRequests } from './strava/bridge';
import { stravaSite } from './strava/site';

/**
 * The bridges injected with the reader once a page has loaded (sites whose `bridgeStart` is
 * 'runtime'). Each start has its own list, so each bridge script carries only its sites' code.
 */
export const RUNTIME_SITE_BRIDGES: readonly SiteBridgeEntry[] = [
  { site: stravaSite, bridge: answerStravaModelRequests },
];
