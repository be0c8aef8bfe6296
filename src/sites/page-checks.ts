import type { SiteId } from '../run/run-facts';
import { GARMIN_CONNECT_PAGE_CHECKS } from './garmin-connect/page-checks';
import type { PageChecks } from './site';
import { STRAVA_PAGE_CHECKS } from './strava/page-checks';

/** Each site's named checks for the report on a page that could not be read (see PageChecks). */
export const PAGE_CHECKS: Record<SiteId, PageChecks> = {
  strava: STRAVA_PAGE_CHECKS,
  'garmin-connect': GARMIN_CONNECT_PAGE_CHECKS,
};
