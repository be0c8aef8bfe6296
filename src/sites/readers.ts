import type { PageCollector } from './collector';
import { garminConnectCollector } from './garmin-connect/collect-page';
import { activityIdOf } from './site';
import { stravaCollector } from './strava/collect-page';

/** Every site's page collector (each reader's bundle carries only its own). */
export const SITE_COLLECTORS: readonly PageCollector[] = [stravaCollector, garminConnectCollector];

/** The collector for a single-activity page, with the activity's id; undefined for any other page. */
export function collectorForUrl(url: URL): { collector: PageCollector; activityId: string } | undefined {
  for (const collector of SITE_COLLECTORS) {
    const activityId = activityIdOf(collector.site, url);
    if (activityId !== null) return { collector, activityId };
  }
  return undefined;
}
