import type { SiteId } from '../run/run-facts';

/**
 * Where the reader and the page bridge run, one line per site. Kept apart from the adapters
 * so the tiny page bridge can name its pages without bundling any reading code.
 */
export const SITE_PAGE_MATCHES = {
  // The whole site: Strava opens activities from the feed and from each other in place.
  strava: ['https://www.strava.com/*'],
  // The Garmin Connect app; activities live at /modern/activity/<id>.
  'garmin-connect': ['https://connect.garmin.com/modern/*'],
} as const;

export const READER_MATCHES: string[] = Object.values(SITE_PAGE_MATCHES).flat();

/**
 * Sites whose page bridge the background injects with the reader. Garmin Connect's is in
 * the manifest instead, from document start, to see the activity JSON the app loads first.
 */
export const RUNTIME_BRIDGE_SITES: readonly SiteId[] = ['strava'];
export const RUNTIME_BRIDGE_MATCHES: string[] = RUNTIME_BRIDGE_SITES.flatMap((site) => [...SITE_PAGE_MATCHES[site]]);

const SITE_BY_HOST: Record<string, SiteId> = {
  'www.strava.com': 'strava',
  'connect.garmin.com': 'garmin-connect',
};

/** The site a page belongs to, for any of its pages (activity or not). */
export function siteOfUrl(url: string | undefined): SiteId | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  return SITE_BY_HOST[new URL(url).hostname];
}
