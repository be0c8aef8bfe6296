import type { PageChecks } from '../site';

/** What the report on an unreadable Strava page looks for (see PageChecks). */
export const STRAVA_PAGE_CHECKS: PageChecks = {
  selectors: {
    summary: '.activity-summary-container',
    'summary-time': '.activity-summary-container time',
    'inline-stats': 'ul.inline-stats > li',
    'stat-label': 'ul.inline-stats > li .label',
    'more-stats': '.more-stats .row, .more-stats tr',
    weather: '.weather-stat',
    gear: '.gear-name',
    heading: '#heading .title',
    'tab-bar': '#pagenav',
    'own-tabs': '#pagenav a[href^="/activities/{id}/"]',
  },
  scripts: {
    'page-view-script': String.raw`Pages\.\w*PageView\(\s*["']?{id}\b`,
    'page-view-other-activity': String.raw`Pages\.\w*PageView\(\s*["']?(?!{id}\b)\d`,
    'stats-set-script': String.raw`activity\(\)\.set\(\{[^}]*\bdistance\s*:`,
    'unit-choice-script': String.raw`_measurement_preference\s*=`,
  },
};
