import type { SiteId } from '../run/run-facts';

/**
 * Where each site shows a run's headline numbers: the in-page panel keeps clear of it.
 * Kept apart from the adapters so the panel's bundle carries no reading code.
 */
export const HEADLINE_SELECTORS: Record<SiteId, string> = {
  strava: '.activity-summary-container',
  'garmin-connect': '#app .summary, [class*="ActivitySummary"]',
};
