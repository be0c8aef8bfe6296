import { garminConnectReader } from './garmin-connect/reader';
import { activityIdOf } from './site';
import type { SiteReader } from './site-reader';
import { stravaReader } from './strava/reader';

/** Every site's reader (the reader's bundle only: nothing else needs the reading code). */
export const SITE_READERS: readonly SiteReader[] = [stravaReader, garminConnectReader];

/** The reader for a single-activity page, with the activity's id; undefined for any other page. */
export function readerForUrl(url: URL): { reader: SiteReader; activityId: string } | undefined {
  for (const reader of SITE_READERS) {
    const activityId = activityIdOf(reader.site, url);
    if (activityId !== null) return { reader, activityId };
  }
  return undefined;
}
