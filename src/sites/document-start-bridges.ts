import { bridgeGarminActivities } from './garmin-connect/bridge';
import { garminConnectSite } from './garmin-connect/site';
import type { SiteBridgeEntry } from './site-bridge';

/** The bridges that start with every page of their site's app (`bridgeStart` 'document-start'). */
export const DOCUMENT_START_SITE_BRIDGES: readonly SiteBridgeEntry[] = [
  { site: garminConnectSite, bridge: bridgeGarminActivities },
];
