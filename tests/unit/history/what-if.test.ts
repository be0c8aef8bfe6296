import { describe, expect, it } from 'vitest';
import type { CoveredSpan } from '../../../src/history/coverage';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { DAY_MS, dayNumber, localWallClock } from '../../../src/history/wall-clock';
import { spikeIfRunToday } from '../../../src/history/what-if';

const NOW = Date.UTC(2026, 2, 18, 12);
const TODAY = dayNumber(localWallClock(NOW));

let nextId = 1;
/** A run `daysAgo` days before today on the runner's clock, from their activity list. */
function ranDaysAgo(daysAgo: number, distanceM: number): HistoryEntry {
  const activityId = String(nextId++);
  const startTime = new Date((TODAY - daysAgo) * DAY_MS + 7 * 3600 * 1000).toISOString().slice(0, 19);
  return {
    key: `strava:${activityId}`,
    site: 'strava',
    activityId,
    sport: 'run',
    startTime,
    distanceM,
    seenAt: NOW,
    signals: [],
    from: 'list',
  };
}

const LISTED: CoveredSpan[] = [{ from: 'list', firstDay: TODAY - 40, lastDay: TODAY }];
const LOG = [ranDaysAgo(3, 10_000), ranDaysAgo(10, 17_000), ranDaysAgo(20, 8000), ranDaysAgo(35, 30_000)];

describe('spikeIfRunToday', () => {
  it('calls a run over 10 % longer than the longest of the last 30 days a spike, with its grade', () => {
    const result = spikeIfRunToday(25_000, LOG, LISTED, NOW);
    expect(result).toMatchObject({ judged: true, spike: true, longestM: 17_000, grade: 'over-30' });
    expect(result.judged && result.percentLonger).toBeCloseTo(47.06, 1);
  });

  it.each([
    [18_700, 'within 10 %', 10],
    [12_000, 'shorter', (12 / 17 - 1) * 100],
  ])('does not call %i m a spike (%s)', (distanceM, _, percent) => {
    const result = spikeIfRunToday(distanceM, LOG, LISTED, NOW);
    expect(result).toMatchObject({ judged: true, spike: false, longestM: 17_000 });
    expect(result.judged && result.percentLonger).toBeCloseTo(percent, 5);
  });

  it('does not judge when the 30 days before today are not all known', () => {
    expect(spikeIfRunToday(25_000, LOG, [], NOW)).toEqual({ judged: false });
    const partly: CoveredSpan[] = [{ from: 'list', firstDay: TODAY - 20, lastDay: TODAY }];
    expect(spikeIfRunToday(25_000, LOG, partly, NOW)).toEqual({ judged: false });
  });

  it('judges, without a longest run, when the known 30 days held no run', () => {
    expect(spikeIfRunToday(25_000, [ranDaysAgo(35, 30_000)], LISTED, NOW)).toEqual({ judged: true, spike: false });
  });

  it('does not count today’s earlier runs as the days before', () => {
    const result = spikeIfRunToday(25_000, [...LOG, ranDaysAgo(0, 30_000)], LISTED, NOW);
    expect(result).toMatchObject({ judged: true, spike: true, longestM: 17_000 });
  });
});
