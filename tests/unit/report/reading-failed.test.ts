import { describe, expect, it } from 'vitest';
import { readingFailed } from '../../../src/report/reading-failed';
import type { RunFacts } from '../../../src/run/run-facts';

const read = { sport: 'page-model', distanceM: 'page-text' } as const;

describe('readingFailed', () => {
  it.each<[string, RunFacts | null, boolean]>([
    ['nothing read', null, true],
    ['a run with its sport and distance', { site: 'strava', sport: 'run', distanceM: 5000, sources: read }, false],
    [
      'a run without its distance',
      { site: 'strava', sport: 'run', movingTimeS: 1800, sources: { sport: 'page-model' } },
      true,
    ],
    [
      'a sport the page did not say',
      { site: 'strava', sport: 'other', distanceM: 5000, sources: { distanceM: 'page-text' } },
      true,
    ],
    ['a run whose sources are unknown', { site: 'strava', sport: 'run', distanceM: 5000 }, true],
    ['a ride, read as one', { site: 'strava', sport: 'other', distanceM: 40_000, sources: read }, false],
    ['a ride without its distance', { site: 'garmin-connect', sport: 'other', sources: { sport: 'site-data' } }, false],
    [
      'a trail run without its distance',
      { site: 'garmin-connect', sport: 'trail-run', sources: { sport: 'site-data' } },
      true,
    ],
  ])('%s → %s', (_, run, failed) => {
    expect(readingFailed(run)).toBe(failed);
  });
});
