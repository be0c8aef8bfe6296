import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { dayNumber, wallClockMs } from '../../../src/history/wall-clock';
import { mondayOf, weeklyVolumes } from '../../../src/history/weekly-volume';
import type { Sport } from '../../../src/run/run-facts';

let nextId = 1;
function entry(startTime: string | undefined, distanceM: number | undefined, sport: Sport = 'run'): HistoryEntry {
  const activityId = String(nextId++);
  return {
    key: `strava:${activityId}`,
    site: 'strava',
    activityId,
    sport,
    seenAt: 0,
    signals: [],
    from: 'list',
    ...(startTime !== undefined && { startTime }),
    ...(distanceM !== undefined && { distanceM }),
  };
}

const at = (iso: string) => wallClockMs(iso) ?? Number.NaN;
const day = (iso: string) => dayNumber(at(iso));
// Wednesday 18 March 2026, on the runner's clock: its week runs from Monday 16 to Sunday 22.
const END = at('2026-03-18T20:00:00');

describe('weeklyVolumes', () => {
  it.each([
    ['2026-03-16', '2026-03-16'],
    ['2026-03-18', '2026-03-16'],
    ['2026-03-22', '2026-03-16'],
    ['2026-03-23', '2026-03-23'],
    ['1970-01-01', '1969-12-29'],
  ])('puts %s in the week of Monday %s', (date, monday) => {
    expect(mondayOf(day(`${date}T12:00:00`))).toBe(day(`${monday}T00:00:00`));
  });

  it('gives 12 weeks of nothing for an empty history, oldest first, ending with this week', () => {
    const weeks = weeklyVolumes([], END);
    expect(weeks).toHaveLength(12);
    expect(weeks.every((week) => week.distanceM === 0 && week.runs === 0)).toBe(true);
    expect(weeks.at(-1)?.weekStartDay).toBe(day('2026-03-16T00:00:00'));
    expect(weeks[0]?.weekStartDay).toBe(day('2025-12-29T00:00:00'));
  });

  it('splits weeks between Sunday night and Monday morning on the runner’s clock', () => {
    const log = [
      entry('2026-03-15T23:59:00', 5000),
      entry('2026-03-16T00:01:00', 8000),
      // A zone suffix is ignored: the day is the one the runner's clock showed.
      entry('2026-03-18T06:30:00+09:00', 10_000),
    ];
    const weeks = weeklyVolumes(log, END);
    expect(weeks.at(-1)).toEqual({ weekStartDay: day('2026-03-16T00:00:00'), distanceM: 18_000, runs: 2 });
    expect(weeks.at(-2)).toEqual({ weekStartDay: day('2026-03-09T00:00:00'), distanceM: 5000, runs: 1 });
  });

  it('counts runs only, with a start time, within the weeks asked for', () => {
    const log = [
      entry('2026-03-17T07:00:00', 6000, 'trail-run'),
      entry('2026-03-17T18:00:00', 4000, 'virtual-run'),
      entry('2026-03-17T12:00:00', 40_000, 'other'),
      entry(undefined, 12_000),
      // A run whose distance was not read still counts as a run.
      entry('2026-03-17T19:00:00', undefined),
      entry('2025-12-28T07:00:00', 9000),
      entry('2025-12-29T07:00:00', 7000),
      entry('2026-03-23T07:00:00', 3000),
    ];
    const weeks = weeklyVolumes(log, END);
    expect(weeks.at(-1)).toMatchObject({ distanceM: 10_000, runs: 3 });
    expect(weeks[0]).toMatchObject({ distanceM: 7000, runs: 1 });
    expect(weeks.reduce((total, week) => total + week.runs, 0)).toBe(4);
  });

  it('gives as many weeks as asked', () => {
    expect(weeklyVolumes([], END, 4).map((week) => week.weekStartDay)).toEqual(
      ['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16'].map((date) => day(`${date}T00:00:00`)),
    );
  });
});
