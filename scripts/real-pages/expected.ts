import type { ListedRun } from '../../src/history/listed-runs';
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
  | {
      /** An activity list's JSON, or an account's export file: the runs read from it. */
      kind: 'strava-list' | 'garmin-list' | 'export-file';
      runs: number;
      /** The first run read, as it must be read (fields not named are not checked). */
      first?: Partial<ListedRun>;
      /** Rows an export file must skip, by reason. */
      skipped?: Record<string, number>;
    };

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
  // Two runs and a strength training session, newest first; local start with a space.
  'garmin-activitylist-2025-04-26.json': {
    kind: 'garmin-list',
    runs: 2,
    first: {
      activityId: '18923007987',
      sport: 'run',
      startTime: '2025-04-24T16:42:20',
      distanceM: 9621.27,
      elevationGainM: 38,
    },
  },
  // Five runs of a metric account: no activity id, known by their local start.
  'garmin-activities-export-sample.csv': {
    kind: 'export-file',
    runs: 5,
    first: { activityId: '20260423080414', startTime: '2026-04-23T08:04:14', distanceM: 6710, movingTimeS: 2283 },
  },
  // An imperial account's rides, rowing and strength: no run at all.
  'garmin-activities-export-sample-imperial.csv': { kind: 'export-file', runs: 0, skipped: { 'not-a-run': 4 } },
  // English headers, the second "Distance" in metres; the dates are UTC (read here in UTC).
  'strava-activities-export-sample.csv': {
    kind: 'export-file',
    runs: 2,
    first: { activityId: '15732182122', startTime: '2025-09-07T12:14:20', distanceM: 20_840.2, movingTimeS: 7559 },
    skipped: { 'not-a-run': 3 },
  },
  'strava-activities-export-sample-nl.csv': {
    kind: 'export-file',
    runs: 3,
    first: { activityId: '16956111426', startTime: '2026-01-06T11:29:43', distanceM: 9349.7 },
    skipped: { 'not-a-run': 2 },
  },
  // One "Run" on a trainer (a virtual run): 125.6 km in 4:10:54 is no run's pace, so neither is kept.
  'strava-training_activities-2025-12.json': {
    kind: 'strava-list',
    runs: 1,
    first: { activityId: '16922821055', sport: 'virtual-run', startTime: '2025-12-30T01:00:00', distanceM: undefined },
  },
};
