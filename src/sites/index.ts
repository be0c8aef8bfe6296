import { garminConnect } from './garmin-connect';
import type { SiteAdapter } from './site-adapter';
import { strava } from './strava';

/** Every site we read. Adding a site is one adapter file and one line here. */
export const siteAdapters: readonly SiteAdapter[] = [strava, garminConnect];

export function adapterForUrl(url: URL): SiteAdapter | undefined {
  return siteAdapters.find((adapter) => adapter.activityIdFromUrl(url) !== null);
}

/** "strava:123" for a single-activity page, null for any other URL (or a malformed one). */
export function activityKeyOf(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const adapter = adapterForUrl(parsed);
  return adapter ? `${adapter.id}:${adapter.activityIdFromUrl(parsed)}` : null;
}
