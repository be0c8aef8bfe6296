import type { SiteId } from '../run/run-facts';
import { GARMIN_CONNECT_PAGE_CHECKS } from './garmin-connect/page-checks';
import { STRAVA_PAGE_CHECKS } from './strava/page-checks';

/**
 * For the report on a page we could not read: named CSS selectors, and named patterns over
 * the page's inline scripts, whose matching or not says what the page had. `{id}` stands for
 * the activity's id. The background runs them only when reading failed, so they cost the
 * reader nothing.
 */
export interface PageChecks {
  selectors: Readonly<Record<string, string>>;
  scripts: Readonly<Record<string, string>>;
}

export const PAGE_CHECKS: Record<SiteId, PageChecks> = {
  strava: STRAVA_PAGE_CHECKS,
  'garmin-connect': GARMIN_CONNECT_PAGE_CHECKS,
};
