import { STRAVA_TABS } from './site';

/** Where Strava's activity page shows what we read (checked against the captures in ../shared/real-pages). */
export const STRAVA_SELECTORS = {
  summary: '.activity-summary-container',
  startTime: '.details time, time',
  headlineStats: 'ul.inline-stats > li',
  headlineValue: 'strong',
  headlineLabel: '.label',
  unit: 'abbr.unit',
  moreStatsRows: '.more-stats .row',
  weatherStats: '.weather-stat',
  weatherLabel: '.weather-label',
  weatherValue: '.weather-value',
  gearName: '.gear-name',
  headingSport: '#heading .title',
  tabBar: '#pagenav',
  /**
   * The activity's own tabs: one more proof of whose summary is on screen (an activity's page
   * also links to the runner's other activities, so a plain link proves nothing).
   */
  ownTabs: (id: string) => STRAVA_TABS.map((tab) => `a[href="/activities/${id}/${tab}"]`).join(', '),
} as const;
