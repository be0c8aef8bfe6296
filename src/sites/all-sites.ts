import type { SiteId } from '../run/run-facts';
import { garminConnectSite } from './garmin-connect/site';
import type { SiteDefinition } from './site';
import { stravaSite } from './strava/site';

/**
 * Every site we read. The manifest's matches and host permissions, the background's idea of
 * which tab shows an activity and the bridge's allow-lists all come from here. Adding a site
 * is one folder in src/sites/ and one line here (and one in readers.ts and interpret-page.ts,
 * and in runtime-bridges.ts or document-start-bridges.ts as its bridge starts).
 */
export const SITES: readonly SiteDefinition[] = [stravaSite, garminConnectSite];

export const SITE_BY_ID = Object.fromEntries(SITES.map((site) => [site.id, site])) as Record<SiteId, SiteDefinition>;
