import type { PageChecks } from '../site';

/** What the report on an unreadable Garmin Connect page looks for (see PageChecks). */
export const GARMIN_CONNECT_PAGE_CHECKS: PageChecks = {
  selectors: { 'app-root': '#app, #__next, #root' },
  scripts: {
    'next-data-chunks': String.raw`self\.__next_f\.push`,
    'next-activity-data': String.raw`\\?"activityData\\?"\s*:`,
  },
};
