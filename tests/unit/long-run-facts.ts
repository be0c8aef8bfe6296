import type { RunFacts } from '../../src/run/run-facts';

/** A long Strava run as the reader hands it on (21.1 km), for tests past the reader. */
export const LONG_RUN_FACTS: RunFacts = {
  site: 'strava',
  activityId: '12000000001',
  sport: 'run',
  distanceM: 21_100,
  movingTimeS: 6723,
  sources: { sport: 'page-model', distanceM: 'page-text', movingTimeS: 'page-text' },
};
