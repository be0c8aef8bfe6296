import { median } from './compute-baseline';
import type { HistoryEntry } from './history-entry';
import { dayNumber, wallClockMs } from './wall-clock';

/** The weeks of runs the first-run questions are answered from, and the fewest runs that may. */
const WEEKS = 8;
const MIN_RUNS = 6;

/** What the runner's last 8 weeks of runs say to the first-run questions, when there are enough of them. */
export interface FirstRunHints {
  runs: number;
  /** The median of each week's longest run. */
  typicalLongRunM?: number;
  /** The median pace of their outdoor runs. */
  usualPaceSPerKm?: number;
}

export function firstRunHints(log: readonly HistoryEntry[], nowWallClock: number): FirstRunHints | undefined {
  const today = dayNumber(nowWallClock);
  const recent = log
    .map((entry) => ({ entry, when: wallClockMs(entry.startTime) }))
    .filter(
      (dated): dated is { entry: HistoryEntry; when: number } =>
        dated.when !== undefined && dated.entry.distanceM !== undefined && today - dayNumber(dated.when) < WEEKS * 7,
    );
  if (recent.length < MIN_RUNS) return undefined;
  const longestByWeek = new Map<number, number>();
  for (const { entry, when } of recent) {
    const week = Math.floor((today - dayNumber(when)) / 7);
    longestByWeek.set(week, Math.max(longestByWeek.get(week) ?? 0, entry.distanceM ?? 0));
  }
  const paces = recent
    .map(({ entry }) => entry)
    .filter(
      (entry) => entry.sport !== 'virtual-run' && entry.movingTimeS !== undefined && (entry.distanceM ?? 0) >= 2000,
    )
    .map((entry) => (entry.movingTimeS ?? 0) / ((entry.distanceM ?? 1) / 1000));
  const hints: FirstRunHints = { runs: recent.length };
  const typicalLongRunM = median([...longestByWeek.values()]);
  const usualPaceSPerKm = median(paces);
  if (typicalLongRunM !== undefined) hints.typicalLongRunM = typicalLongRunM;
  if (usualPaceSPerKm !== undefined) hints.usualPaceSPerKm = usualPaceSPerKm;
  return hints;
}
