import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../../../src/background/evaluate-run';
import type { ReadingTrace } from '../../../src/report/reading-trace';
import type { RunFacts } from '../../../src/run/run-facts';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

const ACTIVITY_URL = 'https://www.strava.com/activities/12000000001';
const trace: ReadingTrace = { checks: { summary: false }, layers: ['page-text'], attributes: [] };
// Fast and hilly and hot by its numbers, if only its sport or distance had been read.
const numbers = { movingTimeS: 2400, elevationGainM: 900, temperatureC: 34, workoutType: 'race' } as const;

describe('evaluateRun', () => {
  it.each<[string, RunFacts | null]>([
    ['nothing read', null],
    ['a run without its distance', { site: 'strava', sport: 'run', ...numbers, sources: { sport: 'page-model' } }],
    [
      'a distance without its sport',
      { site: 'strava', sport: 'other', distanceM: 42_195, ...numbers, sources: { distanceM: 'page-text' } },
    ],
  ])('gives no signal and no tip for %s, and keeps the trace', (_, run) => {
    const state = evaluateRun(ACTIVITY_URL, run, { settings: DEFAULT_SETTINGS, trace });
    expect(state).toMatchObject({ signals: [], tips: [], painLinked: [], trace });
  });

  it('keeps no trace for a run it read, and judges it', () => {
    const run: RunFacts = {
      site: 'strava',
      sport: 'run',
      distanceM: 21_100,
      movingTimeS: 6723,
      sources: { sport: 'page-model', distanceM: 'page-text' },
    };
    const state = evaluateRun(ACTIVITY_URL, run, { settings: DEFAULT_SETTINGS, trace });
    expect(state.signals.map((signal) => signal.id)).toEqual(['long']);
    expect(state).not.toHaveProperty('trace');
  });

  it('keeps only the trace’s own fields', () => {
    const riding = { ...trace, values: { name: 'Jane Doe' } } as ReadingTrace;
    expect(evaluateRun(ACTIVITY_URL, null, { settings: DEFAULT_SETTINGS, trace: riding }).trace).toEqual(trace);
  });
});
