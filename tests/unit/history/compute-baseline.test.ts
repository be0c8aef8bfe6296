import { describe, expect, it } from 'vitest';
import { computeBaseline, median } from '../../../src/history/compute-baseline';
import { entryFromRun, type HistoryEntry } from '../../../src/history/history-entry';
import { addToLog } from '../../../src/history/run-log';
import type { RunFacts } from '../../../src/run/run-facts';

const NOW = Date.UTC(2025, 9, 31, 12);
const DAY = 24 * 3600 * 1000;

let nextId = 1;
function logged(facts: Partial<RunFacts>, seenAt = NOW - 40 * DAY): HistoryEntry {
  const run: RunFacts = { site: 'strava', sport: 'run', activityId: String(nextId++), ...facts };
  const entry = entryFromRun(run, [], seenAt);
  if (!entry) throw new Error('test run without id');
  return entry;
}

const today: RunFacts = {
  site: 'strava',
  activityId: '9999',
  sport: 'run',
  distanceM: 10_000,
  movingTimeS: 3000,
  startTime: '2025-10-30T07:00:00Z',
};

describe('computeBaseline', () => {
  it('takes medians of the runs before this one', () => {
    const log = [4000, 5000, 6000, 7000, 20_000].map((distanceM, day) =>
      logged({ distanceM, movingTimeS: distanceM * 0.36, startTime: `2025-10-2${day}T07:00:00Z` }),
    );
    const baseline = computeBaseline(log, today, NOW);
    expect(baseline).toMatchObject({
      runsSeen: 5,
      recentRuns: 5,
      medianDistanceM: 6000,
      medianPaceSPerKm: 360,
      paceRuns: 5,
    });
  });

  it('ignores a duplicate view of the same activity', () => {
    const run = logged({ distanceM: 8000, movingTimeS: 2800, startTime: '2025-10-20T07:00:00Z' });
    const other = logged({ distanceM: 4000, movingTimeS: 1600, startTime: '2025-10-21T07:00:00Z' });
    const viewedTwice = addToLog(addToLog(addToLog([], run), other), { ...run, seenAt: NOW });
    expect(viewedTwice).toHaveLength(2);
    const baseline = computeBaseline(viewedTwice, today, NOW);
    expect(baseline.runsSeen).toBe(2);
    expect(baseline.medianDistanceM).toBe(6000);
  });

  it('never counts the run towards its own baseline', () => {
    const itself = entryFromRun(today, ['long'], NOW - 5 * DAY);
    if (!itself) throw new Error('no entry');
    const baseline = computeBaseline([itself], today, NOW);
    expect(baseline.runsSeen).toBe(0);
    expect(baseline.medianDistanceM).toBeUndefined();
  });

  it('counts treadmill runs for volume but not for pace', () => {
    const log = [
      logged({ sport: 'virtual-run', distanceM: 10_000, movingTimeS: 2400, startTime: '2025-10-25T07:00:00Z' }),
      logged({ distanceM: 10_000, movingTimeS: 3600, startTime: '2025-10-26T07:00:00Z' }),
    ];
    const baseline = computeBaseline(log, today, NOW);
    expect(baseline.medianPaceSPerKm).toBe(360);
    expect(baseline.paceRuns).toBe(1);
    expect(baseline.medianDistanceM).toBe(10_000);
  });

  it('leaves rides and other sports out', () => {
    const baseline = computeBaseline([logged({ sport: 'other', distanceM: 50_000 })], today, NOW);
    expect(baseline.runsSeen).toBe(0);
  });

  it('uses the last 30 days, or the last 20 runs when that is more', () => {
    const old = Array.from({ length: 25 }, (_, index) =>
      logged({ distanceM: 5000, startTime: `2025-0${(index % 6) + 1}-1${index % 9}T07:00:00Z` }),
    );
    const recent = [12_000, 12_000].map((distanceM, index) =>
      logged({ distanceM, startTime: `2025-10-2${index}T07:00:00Z` }),
    );
    const baseline = computeBaseline([...old, ...recent], today, NOW);
    expect(baseline.recentRuns).toBe(20);
    expect(baseline.medianDistanceM).toBe(5000);
  });

  it('notices a run the calendar day before', () => {
    const yesterday = logged({ distanceM: 12_000, startTime: '2025-10-29T19:30:00Z' });
    const twoDaysAgo = logged({ distanceM: 8000, startTime: '2025-10-28T07:00:00Z' });
    expect(computeBaseline([yesterday], today, NOW).dayBefore).toEqual({ previousDistanceM: 12_000, hardSignals: [] });
    expect(computeBaseline([twoDaysAgo], today, NOW).dayBefore).toBeUndefined();
    expect(computeBaseline([yesterday], { ...today, startTime: undefined }, NOW).dayBefore).toBeUndefined();
  });

  it('says what made the day before hard, over all its runs', () => {
    const morning = {
      ...logged({ distanceM: 5000, startTime: '2025-10-29T07:00:00Z' }),
      signals: ['commute' as const],
    };
    const evening = {
      ...logged({ distanceM: 10_000, startTime: '2025-10-29T19:00:00Z' }),
      signals: ['fast' as const, 'workout' as const, 'hot' as const],
    };
    expect(computeBaseline([morning, evening], today, NOW).dayBefore).toEqual({
      previousDistanceM: 15_000,
      hardSignals: ['fast', 'workout'],
    });
  });

  it('compares the last 7 days with the 4 weeks before, once those weeks hold enough runs', () => {
    const chronic = ['2025-10-02', '2025-10-08', '2025-10-14', '2025-10-20'].map((date) =>
      logged({ distanceM: 8000, startTime: `${date}T07:00:00Z` }),
    );
    const lastWeek = ['2025-10-25', '2025-10-27', '2025-10-29'].map((date) =>
      logged({ distanceM: 10_000, startTime: `${date}T07:00:00Z` }),
    );
    expect(computeBaseline([...chronic, ...lastWeek], today, NOW).volume).toEqual({
      last7DaysM: 40_000,
      weeklyAverageM: 8000,
    });
    expect(computeBaseline([...chronic.slice(1), ...lastWeek], today, NOW).volume).toBeUndefined();
  });

  it('knows how long this browser has been watching', () => {
    expect(computeBaseline([], today, NOW).watchingDays).toBe(0);
    expect(computeBaseline([logged({}, NOW - 21 * DAY)], today, NOW).watchingDays).toBeCloseTo(21);
  });
});

describe('median', () => {
  it.each([
    [[], undefined],
    [[3], 3],
    [[1, 9, 5], 5],
    [[1, 2, 3, 10], 2.5],
    [[undefined, 4, Number.NaN, 6], 5],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
