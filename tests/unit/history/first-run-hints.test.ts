import { describe, expect, it } from 'vitest';
import { firstRunHints } from '../../../src/history/first-run-hints';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { wallClockMs } from '../../../src/history/wall-clock';

const NOW = wallClockMs('2026-03-20T12:00:00') ?? 0;
let nextId = 1;
const run = (date: string, distanceM: number, paceSPerKm = 330, sport: HistoryEntry['sport'] = 'run'): HistoryEntry => {
  const id = String(nextId++);
  return {
    key: `strava:${id}`,
    site: 'strava',
    activityId: id,
    sport,
    startTime: `${date}T07:00:00`,
    distanceM,
    movingTimeS: (distanceM / 1000) * paceSPerKm,
    seenAt: 1,
    signals: [],
    from: 'import',
  };
};

describe('firstRunHints', () => {
  it('answers from the last 8 weeks: the median of each week’s longest run, and the usual pace', () => {
    const weeks = [
      run('2026-03-18', 8000),
      run('2026-03-15', 16_000),
      run('2026-03-10', 8000),
      run('2026-03-08', 18_000, 360),
      run('2026-03-01', 20_000, 360),
      run('2026-02-24', 7000),
      run('2026-02-22', 14_000),
      run('2026-03-12', 5000, 240, 'virtual-run'),
      // Long ago: not the runner of today.
      run('2025-10-01', 42_200, 300),
    ];
    const hints = firstRunHints(weeks, NOW);
    expect(hints?.runs).toBe(8);
    expect(hints?.typicalLongRunM).toBe(17_000);
    expect(hints?.usualPaceSPerKm).toBe(330);
  });

  it('says nothing from a handful of runs', () => {
    expect(firstRunHints([run('2026-03-18', 8000), run('2026-03-15', 16_000)], NOW)).toBeUndefined();
  });
});
