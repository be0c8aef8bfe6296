import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/detect/classify';
import type { RunFacts } from '../../../src/run/run-facts';

const run = (facts: Partial<RunFacts>): RunFacts => ({ site: 'strava', sport: 'run', ...facts });

describe('classify', () => {
  it.each([
    ['half marathon', run({ distanceM: 21_100, movingTimeS: 6723 }), ['long']],
    ['exactly 15 km, easy', run({ distanceM: 15_000, movingTimeS: 5400 }), ['long']],
    ['80 minutes, distance unread', run({ movingTimeS: 80 * 60 }), ['long']],
    ['easy 6 km', run({ distanceM: 6200, movingTimeS: 2196 }), []],
    ['tempo 8 km at 4:40 /km', run({ distanceM: 8046.72, movingTimeS: 2250 }), ['fast']],
    ['long and fast', run({ distanceM: 21_100, movingTimeS: 5800 }), ['long', 'fast']],
    ['fast stride under 2 km', run({ distanceM: 1500, movingTimeS: 300 }), []],
    ['pace from elapsed time when moving is missing', run({ distanceM: 5000, elapsedTimeS: 1400 }), ['fast']],
    ['trail run', run({ sport: 'trail-run', distanceM: 18_000, movingTimeS: 9000 }), ['long']],
    ['treadmill', run({ sport: 'virtual-run', distanceM: 16_000, movingTimeS: 4700 }), ['long', 'fast']],
    ['ride', run({ sport: 'other', distanceM: 45_200, movingTimeS: 5400 }), []],
    ['nothing readable', run({}), []],
    ['distance only, short', run({ distanceM: 5000 }), []],
  ])('%s → %j', (_name, facts, expected) => {
    expect(classify(facts).map((signal) => signal.id)).toEqual(expected);
  });

  it('says why in numbers', () => {
    const [long] = classify(run({ distanceM: 21_100, movingTimeS: 6723 }));
    expect(long?.reason).toBe('21.1 km, at or over your 15.0 km long-run mark');
  });

  it('follows the runner’s own thresholds', () => {
    const halfMarathoner = { thresholds: { longDistanceM: 25_000, longMovingTimeS: 150 * 60 } };
    expect(classify(run({ distanceM: 21_100, movingTimeS: 6723 }), halfMarathoner)).toEqual([]);
  });
});
