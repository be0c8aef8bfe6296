import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Baseline, EMPTY_BASELINE } from '../../../src/detect/baseline';
import { type ClassifyOptions, classify } from '../../../src/detect/classify';
import type { Signal, SignalId } from '../../../src/detect/signal';
import type { RunFacts } from '../../../src/run/run-facts';
import type { UnitSystem } from '../../../src/run/units';
import { signalReason } from '../../../src/words/signal-words';

const run = (facts: Partial<RunFacts>): RunFacts => ({ site: 'strava', sport: 'run', ...facts });
const baseline = (values: Partial<Baseline>): Baseline => ({ ...EMPTY_BASELINE, ...values });

/** Six weeks of easy 4 km jogs at 6:45 /km. */
const BEGINNER = baseline({
  runsSeen: 6,
  recentRuns: 6,
  medianDistanceM: 4000,
  medianMovingTimeS: 1620,
  medianPaceSPerKm: 405,
  paceRuns: 6,
  watchingDays: 40,
});
/** Sixty runs, usually 14 km at 5:00 /km, with a marathoner's own marks. */
const MARATHONER = baseline({
  runsSeen: 60,
  recentRuns: 20,
  medianDistanceM: 14_000,
  medianMovingTimeS: 4200,
  medianPaceSPerKm: 300,
  paceRuns: 18,
  watchingDays: 120,
});
const MARATHON_MARKS = { longDistanceM: 25_000, longMovingTimeS: 120 * 60, fastPaceSPerKm: 240 };
/** Usually 12 km of hills at 6:20 /km grade-adjusted. */
const TRAIL_RUNNER = baseline({
  runsSeen: 30,
  recentRuns: 10,
  medianDistanceM: 12_000,
  medianMovingTimeS: 5400,
  medianPaceSPerKm: 380,
  paceRuns: 10,
  watchingDays: 90,
});

/** The reason the runner reads, as the words layer writes it. */
const reasonOf = (signal: Signal | undefined, units: UnitSystem = 'metric') => signal && signalReason(signal, units);

const ids = (facts: RunFacts, options?: ClassifyOptions) => classify(facts, options).map((signal) => signal.id);

describe('classify', () => {
  it.each<[string, RunFacts, ClassifyOptions, SignalId[]]>([
    [
      'beginner: 6 km, half again the usual 4 km',
      run({ distanceM: 6000, movingTimeS: 2430 }),
      { baseline: BEGINNER },
      ['long'],
    ],
    ['beginner: 5 km at the usual pace', run({ distanceM: 5000, movingTimeS: 2025 }), { baseline: BEGINNER }, []],
    [
      'beginner: 5 km, 11 % quicker than usual',
      run({ distanceM: 5000, movingTimeS: 1800 }),
      { baseline: BEGINNER },
      ['fast'],
    ],
    [
      'beginner: 4 km, 14 % quicker than usual',
      run({ distanceM: 4000, movingTimeS: 1400 }),
      { baseline: BEGINNER },
      ['fast'],
    ],
    [
      'beginner who told us so: easy 3 km',
      run({ distanceM: 3000, movingTimeS: 1250 }),
      { experience: 'new' },
      ['new-runner'],
    ],
    [
      'marathoner: 32 km long run',
      run({ distanceM: 32_000, movingTimeS: 9600 }),
      { baseline: MARATHONER, thresholds: MARATHON_MARKS },
      ['long'],
    ],
    [
      'marathoner: easy 14 km',
      run({ distanceM: 14_000, movingTimeS: 4620 }),
      { baseline: MARATHONER, thresholds: MARATHON_MARKS },
      [],
    ],
    [
      'marathoner: 12 km tempo, 10 % quicker than usual',
      run({ distanceM: 12_000, movingTimeS: 3240 }),
      { baseline: MARATHONER, thresholds: MARATHON_MARKS },
      ['fast'],
    ],
    [
      'marathoner: the marathon itself',
      run({ distanceM: 42_195, movingTimeS: 10_800, workoutType: 'race' }),
      { baseline: MARATHONER, thresholds: MARATHON_MARKS },
      ['long', 'fast', 'race'],
    ],
    [
      'marathoner: interval workout, slow on average',
      run({ distanceM: 10_000, movingTimeS: 3300, workoutType: 'workout' }),
      { baseline: MARATHONER, thresholds: MARATHON_MARKS },
      ['fast', 'workout'],
    ],
    [
      'trail runner: 18 km over 1100 m at the usual effort',
      run({ sport: 'trail-run', distanceM: 18_000, elevationGainM: 1100, movingTimeS: 10_200 }),
      { baseline: TRAIL_RUNNER },
      ['long', 'hilly', 'trail'],
    ],
    [
      'trail runner: 8 km over 300 m, quicker than usual once the climb is counted',
      run({ sport: 'trail-run', distanceM: 8000, elevationGainM: 300, movingTimeS: 3600 }),
      { baseline: TRAIL_RUNNER },
      ['fast', 'hilly', 'trail'],
    ],
    [
      'road: 10 km with 520 m of climbing, steady',
      run({ distanceM: 10_000, elevationGainM: 520, movingTimeS: 4400 }),
      {},
      ['hilly'],
    ],
    [
      'road: the same climb in 70 minutes is a fast effort',
      run({ distanceM: 10_000, elevationGainM: 520, movingTimeS: 4200 }),
      {},
      ['fast', 'hilly'],
    ],
    [
      'road: 20 km with 180 m, gentle per km',
      run({ distanceM: 20_000, elevationGainM: 180, movingTimeS: 7200 }),
      {},
      ['long'],
    ],
    ['hot day: 31 °C', run({ distanceM: 10_000, movingTimeS: 3300, temperatureC: 31 }), {}, ['hot']],
    ['exactly 25 °C counts as hot', run({ distanceM: 10_000, movingTimeS: 3300, temperatureC: 25 }), {}, ['hot']],
    ['24.9 °C does not', run({ distanceM: 10_000, movingTimeS: 3300, temperatureC: 24.9 }), {}, []],
    ['cold morning: −3 °C', run({ distanceM: 8000, movingTimeS: 2900, temperatureC: -3 }), {}, ['cold']],
    ['exactly 5 °C counts as cold', run({ distanceM: 8000, movingTimeS: 2900, temperatureC: 5 }), {}, ['cold']],
    ['treadmill: 10 km at 4:30 /km', run({ sport: 'virtual-run', distanceM: 10_000, movingTimeS: 2700 }), {}, ['fast']],
    ['treadmill: 16 km steady', run({ sport: 'virtual-run', distanceM: 16_000, movingTimeS: 5800 }), {}, ['long']],
    ['missing fields: nothing but the sport', run({}), {}, []],
    ['missing distance: 80 minutes moving', run({ movingTimeS: 80 * 60 }), {}, ['long']],
    ['missing times: 21 km', run({ distanceM: 21_000 }), {}, ['long']],
    ['missing times: 8 km', run({ distanceM: 8000 }), {}, []],
    ['missing moving time: pace from elapsed', run({ distanceM: 5000, elapsedTimeS: 1400 }), {}, ['fast']],
    ['strides under 2 km say nothing of pace', run({ distanceM: 1500, movingTimeS: 240 }), {}, []],
    ['imperial user: a half marathon', run({ distanceM: 21_082, movingTimeS: 6600, units: 'imperial' }), {}, ['long']],
    ['imperial user: 5 mi at 7:00 /mi', run({ distanceM: 8046.72, movingTimeS: 2100 }), {}, ['fast']],
    ['commute', run({ distanceM: 7400, movingTimeS: 2470, commute: true }), {}, ['commute']],
    [
      'shoes at 812 km',
      run({ distanceM: 9100, movingTimeS: 3003, gear: { name: 'Pegasus', distanceM: 812_300 } }),
      {},
      ['worn-shoes'],
    ],
    [
      'shoes at 650 km',
      run({ distanceM: 9100, movingTimeS: 3003, gear: { name: 'Pegasus', distanceM: 650_000 } }),
      {},
      [],
    ],
    ['shoes of unknown distance', run({ distanceM: 9100, movingTimeS: 3003, gear: { name: 'Pegasus' } }), {}, []],
    [
      'tagged as a long run on Strava',
      run({ distanceM: 12_000, movingTimeS: 4000, workoutType: 'long-run' }),
      {},
      ['long'],
    ],
    [
      'the day after a long run',
      run({ distanceM: 8000, movingTimeS: 2900 }),
      {
        baseline: baseline({
          runsSeen: 8,
          dayBefore: { previousDistanceM: 21_000, hardSignals: ['long'] },
          watchingDays: 30,
        }),
      },
      ['back-to-back'],
    ],
    [
      'the day after a workout',
      run({ distanceM: 8000, movingTimeS: 2900 }),
      {
        baseline: baseline({
          runsSeen: 8,
          dayBefore: { previousDistanceM: 9000, hardSignals: ['fast', 'workout'] },
          watchingDays: 30,
        }),
      },
      ['back-to-back'],
    ],
    [
      'the day after an easy run: ordinary training',
      run({ distanceM: 8000, movingTimeS: 2900 }),
      {
        baseline: baseline({ runsSeen: 8, dayBefore: { previousDistanceM: 6000, hardSignals: [] }, watchingDays: 30 }),
      },
      [],
    ],
    [
      'a new runner the day after an easy run',
      run({ distanceM: 3000, movingTimeS: 1250 }),
      {
        baseline: baseline({ runsSeen: 3, dayBefore: { previousDistanceM: 3000, hardSignals: [] }, watchingDays: 10 }),
        experience: 'new',
      },
      ['back-to-back', 'new-runner'],
    ],
    [
      'volume 1.6× the weekly average',
      run({ distanceM: 8000, movingTimeS: 2900 }),
      {
        baseline: baseline({ runsSeen: 20, volume: { last7DaysM: 52_000, weeklyAverageM: 32_000 }, watchingDays: 60 }),
      },
      ['volume-spike'],
    ],
    [
      'volume 1.25× the weekly average',
      run({ distanceM: 8000, movingTimeS: 2900 }),
      {
        baseline: baseline({ runsSeen: 20, volume: { last7DaysM: 40_000, weeklyAverageM: 32_000 }, watchingDays: 60 }),
      },
      [],
    ],
    [
      'only 2 runs seen in three weeks: the browser does not know the runner’s years',
      run({ distanceM: 3000, movingTimeS: 1250 }),
      { baseline: baseline({ runsSeen: 2, watchingDays: 21 }) },
      [],
    ],
    [
      'only 2 runs seen, but experienced',
      run({ distanceM: 3000, movingTimeS: 1250 }),
      { baseline: baseline({ runsSeen: 2, watchingDays: 21 }), experience: 'experienced' },
      [],
    ],
    [
      'fresh install: too soon to tell',
      run({ distanceM: 3000, movingTimeS: 1250 }),
      { baseline: baseline({ runsSeen: 0, watchingDays: 0 }) },
      [],
    ],
    [
      'four runs are too few for a personal comparison',
      run({ distanceM: 8000, movingTimeS: 3200 }),
      { baseline: baseline({ runsSeen: 4, recentRuns: 4, medianDistanceM: 4000, watchingDays: 10 }) },
      [],
    ],
    ['5 km race at 5:00 /km', run({ distanceM: 5000, movingTimeS: 1500, workoutType: 'race' }), {}, ['fast', 'race']],
    ['a long, fast ride', run({ sport: 'other', distanceM: 90_000, movingTimeS: 9000, temperatureC: 30 }), {}, []],
    ['a hike', run({ sport: 'other', distanceM: 12_300, elevationGainM: 820, movingTimeS: 13_200 }), {}, []],
  ])('%s', (_name, facts, options, expected) => {
    expect(ids(facts, options)).toEqual(expected);
  });

  it('says why in numbers, in the runner’s units', () => {
    const [long] = classify(run({ distanceM: 21_100, movingTimeS: 6723 }));
    expect(reasonOf(long)).toBe('21.1 km, over your 15.0 km long-run mark');
    expect(reasonOf(long, 'imperial')).toBe('13.1 mi, over your 9.3 mi long-run mark');
  });

  it('compares with the runner’s usual, and says the history is this browser’s', () => {
    const [long] = classify(run({ distanceM: 21_100, movingTimeS: 7000 }), {
      baseline: baseline({ recentRuns: 8, medianDistanceM: 11_700, runsSeen: 8 }),
      thresholds: { longDistanceM: 25_000, longMovingTimeS: 150 * 60 },
    });
    expect(reasonOf(long)).toBe('21.1 km — 1.8× your usual 11.7 km (runs seen in this browser)');
    const [fast] = classify(run({ distanceM: 10_000, movingTimeS: 2520 }), {
      baseline: baseline({ paceRuns: 10, medianPaceSPerKm: 278 }),
      thresholds: { fastPaceSPerKm: 200 },
    });
    expect(reasonOf(fast)).toBe('4:12 /km — 9 % faster than your usual 4:38 /km (runs seen in this browser)');
  });

  it('says when a pace was grade-adjusted for the climbing', () => {
    const [fast] = classify(run({ distanceM: 8000, elevationGainM: 300, movingTimeS: 2800 }));
    expect(fast?.id).toBe('fast');
    expect(reasonOf(fast)).toMatch(/grade-adjusted/);
  });

  describe('properties', () => {
    const FIELDS = [
      'distanceM',
      'movingTimeS',
      'elapsedTimeS',
      'elevationGainM',
      'temperatureC',
      'commute',
      'workoutType',
      'gear',
    ] as const;
    type Field = (typeof FIELDS)[number];

    const values: Record<Field, fc.Arbitrary<unknown>> = {
      distanceM: fc.double({ min: 500, max: 60_000, noNaN: true }),
      movingTimeS: fc.integer({ min: 600, max: 6 * 3600 }),
      elapsedTimeS: fc.integer({ min: 600, max: 8 * 3600 }),
      elevationGainM: fc.integer({ min: 0, max: 2500 }),
      temperatureC: fc.integer({ min: -20, max: 40 }),
      commute: fc.boolean(),
      workoutType: fc.constantFrom('race', 'long-run', 'workout', null),
      gear: fc.record({ name: fc.constant('Shoes'), distanceM: fc.integer({ min: 0, max: 1_500_000 }) }),
    };

    /** A run where each field is present or not, with moving time never above elapsed time. */
    const runs = fc
      .record(
        {
          sport: fc.constantFrom('run', 'trail-run', 'virtual-run'),
          ...Object.fromEntries(FIELDS.map((field) => [field, values[field]])),
        },
        { requiredKeys: ['sport'] },
      )
      .map((facts) => consistent({ site: 'strava', ...facts } as RunFacts));

    const baselines = fc.record({
      runsSeen: fc.integer({ min: 0, max: 50 }),
      recentRuns: fc.integer({ min: 0, max: 20 }),
      medianDistanceM: fc.double({ min: 2000, max: 30_000, noNaN: true }),
      medianMovingTimeS: fc.integer({ min: 900, max: 9000 }),
      medianPaceSPerKm: fc.integer({ min: 200, max: 500 }),
      paceRuns: fc.integer({ min: 0, max: 20 }),
      watchingDays: fc.integer({ min: 0, max: 100 }),
    });

    it('adding a field that was missing never removes a signal that rested on the others', () => {
      const additions = fc
        .tuple(runs, baselines, fc.constantFrom(...FIELDS))
        .filter(([facts, , field]) => facts[field] === undefined)
        .chain(([facts, usual, field]) => values[field].map((value) => ({ facts, usual, field, value })));
      fc.assert(
        fc.property(additions, ({ facts, usual, field, value }) => {
          const fuller = consistent({ ...facts, [field]: value });
          fc.pre(keepsOtherFields(facts, fuller));
          expect(ids(fuller, { baseline: usual })).toEqual(expect.arrayContaining(ids(facts, { baseline: usual })));
        }),
        { numRuns: 2000 },
      );
    });

    it('scaling a run’s distance up never turns long off', () => {
      fc.assert(
        fc.property(runs, baselines, fc.double({ min: 1, max: 5, noNaN: true }), (facts, usual, factor) => {
          fc.pre(facts.distanceM !== undefined);
          const longer = { ...facts, distanceM: (facts.distanceM ?? 0) * factor };
          if (ids(facts, { baseline: usual }).includes('long')) {
            expect(ids(longer, { baseline: usual })).toContain('long');
          }
        }),
        { numRuns: 1000 },
      );
    });
  });
});

/** Moving time is part of elapsed time: a generated run never says otherwise. */
function consistent(facts: RunFacts): RunFacts {
  if (facts.movingTimeS !== undefined && facts.elapsedTimeS !== undefined && facts.movingTimeS > facts.elapsedTimeS) {
    return { ...facts, elapsedTimeS: facts.movingTimeS };
  }
  return facts;
}

/** True when making a run consistent left every field that was already there unchanged. */
function keepsOtherFields(before: RunFacts, after: RunFacts): boolean {
  return Object.entries(before).every(
    ([key, value]) => JSON.stringify(after[key as keyof RunFacts]) === JSON.stringify(value),
  );
}
