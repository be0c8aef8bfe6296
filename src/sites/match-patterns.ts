import { activityKey, type SiteId } from '../run/run-facts';
import { SITES } from './all-sites';
import { activityIdOf } from './site';

/** Where the reader (and the in-page panel) can run: every site's pages. */
export const READER_MATCHES: string[] = SITES.flatMap((site) => [...site.pageMatches]);

/** Each site's own reader, a runtime content script (`entrypoints/<site>-reader.ts`). */
export const READER_SCRIPT_OF = (site: SiteId) => `/${site}-reader.js` as const;

/** Sites whose page bridge the background injects with the reader, once the page has loaded. */
export const RUNTIME_BRIDGE_SITES: readonly SiteId[] = SITES.filter((site) => site.bridgeStart === 'runtime').map(
  (site) => site.id,
);

/** The site a page belongs to, for any of its pages (activity or not). */
export function siteOfUrl(url: string | undefined): SiteId | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const { hostname, protocol } = new URL(url);
  if (protocol !== 'https:') return undefined;
  return SITES.find((site) => site.hosts.includes(hostname))?.id;
}

/** The site and activity id of a single-activity page, null for any other URL (or a malformed one). */
export function activityOfUrl(url: string | undefined): { site: SiteId; activityId: string } | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  for (const site of SITES) {
    const activityId = activityIdOf(site, parsed);
    if (activityId !== null) return { site: site.id, activityId };
  }
  return null;
}

/** "strava:123" for a single-activity page, null for any other URL (or a malformed one). */
export function activityKeyOf(url: string | undefined): string | null {
  const activity = activityOfUrl(url);
  return activity === null ? null : activityKey(activity);
}
