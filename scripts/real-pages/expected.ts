import type { RunFacts } from '../../src/run/run-facts';

/** What reading one captured file must give. Values are the captures' own (they are public). */
export type RealPageExpectation =
  | {
      kind: 'garmin-activity-json';
      url: string;
      /** Fields that must be read, with their values; any other field may be absent. */
      facts: Partial<RunFacts>;
      isRun: boolean;
    }
  | {
      kind: 'strava-html' | 'strava-script';
      url: string;
      facts: Partial<RunFacts>;
      /** Fields that must not be read from this file at all. */
      absent?: (keyof RunFacts)[];
      /** Attributes the inline-script layer must find (undefined: must find none of that name). */
      scriptAttributes?: Record<string, string | number | boolean | undefined>;
    }
  | { kind: 'history'; why: string };

const HISTORY = { kind: 'history', why: 'a history source: read once history import lands (issue 16)' } as const;

/** One line per file of ../shared/real-pages (other than README.md and the .source.txt notes). */
export const REAL_PAGE_EXPECTATIONS: Record<string, RealPageExpectation> = {
  'garmin-18923007987.json': {
    kind: 'garmin-activity-json',
    url: 'https://connect.garmin.com/app/activity/18923007987',
    facts: {
      sport: 'run',
      distanceM: 9621.27,
      movingTimeS: 3598.523,
      elapsedTimeS: 4060.752,
      avgHeartRate: 123,
      startTime: '2025-04-24T16:42:20.0',
    },
    isRun: true,
  },
  'garmin-18606916834.json': {
    kind: 'garmin-activity-json',
    url: 'https://connect.garmin.com/app/activity/18606916834',
    facts: { sport: 'trail-run', distanceM: 10803.7, elevationGainM: 514, startTime: '2025-03-22T17:04:36.0' },
    isRun: true,
  },
  'garmin-18689027868.json': {
    kind: 'garmin-activity-json',
    url: 'https://connect.garmin.com/app/activity/18689027868',
    facts: { sport: 'other', distanceM: 60436.88 },
    isRun: false,
  },
  'garmin-11313479371.json': {
    kind: 'garmin-activity-json',
    url: 'https://connect.garmin.com/modern/activity/11313479371',
    facts: { sport: 'other' },
    isRun: false,
  },
  'garmin-2958378924.json': {
    kind: 'garmin-activity-json',
    url: 'https://connect.garmin.com/modern/activity/2958378924',
    facts: { sport: 'run', distanceM: 4146.45, movingTimeS: 1844, startTime: '2018-08-24T12:01:50.0' },
    isRun: true,
  },
  'strava-9895352594-inline-script-2023.js': {
    kind: 'strava-script',
    url: 'https://www.strava.com/activities/9895352594',
    // A virtual ride: not a run. Its units and whose it is come from the page view's builder chain.
    facts: { sport: 'other', units: 'imperial', athlete: 'you' },
    absent: ['distanceM'],
    scriptAttributes: { type: 'VirtualRide', viewer_is_athlete: true, measurement_preference: 'feet' },
  },
  'strava-2024-09-activity-excerpts.html': {
    kind: 'strava-html',
    // The excerpt does not name its activity; any activity URL stands for the page it came from.
    url: 'https://www.strava.com/activities/12400000000',
    facts: { startTime: '2024-09-15T11:32' },
    absent: ['distanceM'],
  },
  'strava-16112144168-edit-2025-10-excerpts.html': {
    kind: 'strava-html',
    // The shell of an activity's page: its title and scripts, read as if on the activity's overview.
    url: 'https://www.strava.com/activities/16112144168',
    facts: { sport: 'run', units: 'metric' },
    absent: ['distanceM', 'athlete'],
    // No page view here: currentAthlete's own "type" (1) is never taken for the activity's.
    scriptAttributes: { type: undefined, measurement_preference: 'meters' },
  },
  'garmin-activitylist-2025-04-26.json': HISTORY,
  'garmin-activities-export-sample.csv': HISTORY,
  'garmin-activities-export-sample-imperial.csv': HISTORY,
  'strava-activities-export-sample.csv': HISTORY,
  'strava-activities-export-sample-nl.csv': HISTORY,
  'strava-training_activities-2025-12.json': HISTORY,
};
