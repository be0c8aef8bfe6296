import type { Baseline } from '../detect/baseline';
import { HARD_SIGNALS } from '../detect/baseline';
import { comparablePace } from '../detect/classify';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../detect/thresholds';
import { activityKey, FOOT_SPORTS, type RunFacts } from '../run/run-facts';
import { type CoveredSpan, lookbackRuns } from './coverage';
import type { HistoryEntry } from './history-entry';
import { DAY_MS, dayNumber, wallClockMs } from './wall-clock';

const RECENT_DAYS = 30;
const RECENT_RUNS = 20;
const VOLUME_WINDOW_DAYS = 7;
const VOLUME_CHRONIC_DAYS = 28;
/** Fewer runs than this in the 4 weeks before, and a spike says more about gaps in the history than about training. */
const MIN_CHRONIC_RUNS = 4;

/**
 * The runner's usual, relative to one run: medians of the runs before it (the last 30 days,
 * or the last 20 runs if that is more), a run the day before, and the weekly volume. The run
 * itself never counts towards its own baseline, however often it was opened.
 */
export function computeBaseline(
  log: readonly HistoryEntry[],
  run: RunFacts,
  nowMs: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  coverage: readonly CoveredSpan[] = [],
): Baseline {
  const key = activityKey(run);
  const others = log.filter((entry) => entry.key !== key && FOOT_SPORTS.includes(entry.sport));
  const firstSeen = Math.min(nowMs, ...log.map((entry) => entry.seenAt));
  const runWhen = wallClockMs(run.startTime);
  const reference = runWhen ?? nowMs;

  const before = others
    .map((entry) => ({ entry, when: wallClockMs(entry.startTime) ?? entry.seenAt }))
    .filter(({ when }) => when < reference)
    .sort((a, b) => b.when - a.when);
  const lastMonth = before.filter(({ when }) => reference - when <= RECENT_DAYS * DAY_MS);
  const recent = (lastMonth.length >= RECENT_RUNS ? lastMonth : before.slice(0, RECENT_RUNS)).map(({ entry }) => entry);
  // Judged the way classify judges this run: hilly runs on grade-adjusted pace.
  const paces = recent
    .filter((entry) => entry.sport !== 'virtual-run')
    .map((entry) => comparablePace(entry, thresholds)?.paceSPerKm)
    .filter((pace) => pace !== undefined);

  const baseline: Baseline = {
    runsSeen: others.length,
    recentRuns: recent.length,
    paceRuns: paces.length,
    watchingDays: Math.max(0, (nowMs - firstSeen) / DAY_MS),
  };
  const medianDistanceM = median(recent.map((entry) => entry.distanceM));
  const medianMovingTimeS = median(recent.map((entry) => entry.movingTimeS));
  const medianPaceSPerKm = median(paces);
  if (medianDistanceM !== undefined) baseline.medianDistanceM = medianDistanceM;
  if (medianMovingTimeS !== undefined) baseline.medianMovingTimeS = medianMovingTimeS;
  if (medianPaceSPerKm !== undefined) baseline.medianPaceSPerKm = medianPaceSPerKm;

  if (runWhen !== undefined) {
    const dated = others
      .map((entry) => ({ entry, when: wallClockMs(entry.startTime) }))
      .filter((dated): dated is { entry: HistoryEntry; when: number } => dated.when !== undefined);
    const dayBefore = dated.filter(({ when }) => dayNumber(when) === dayNumber(runWhen) - 1).map(({ entry }) => entry);
    if (dayBefore.length > 0) {
      const distances = dayBefore.map((entry) => entry.distanceM).filter((m) => m !== undefined);
      const hardSignals = HARD_SIGNALS.filter((id) => dayBefore.some((entry) => entry.signals.includes(id)));
      baseline.dayBefore =
        distances.length === 0
          ? { hardSignals }
          : { previousDistanceM: distances.reduce((total, m) => total + m, 0), hardSignals };
    }
    const volume = weeklyVolume(dated, run, runWhen);
    if (volume) baseline.volume = volume;
    const lookback = lookbackRuns(log, coverage, runWhen, key);
    const distances = lookback.runs.map((entry) => entry.distanceM).filter((m) => m !== undefined);
    // A run of those days without its distance could have been the longest: no judging then.
    const complete = lookback.covered && distances.length === lookback.runs.length;
    baseline.lookback = { covered: complete, runs: lookback.runs.length };
    if (complete && distances.length > 0) baseline.lookback.longestM = Math.max(...distances);
  }
  return baseline;
}

function weeklyVolume(
  dated: readonly { entry: HistoryEntry; when: number }[],
  run: RunFacts,
  runWhen: number,
): Baseline['volume'] {
  const windowStart = runWhen - VOLUME_WINDOW_DAYS * DAY_MS;
  const chronicStart = windowStart - VOLUME_CHRONIC_DAYS * DAY_MS;
  const lastWeek = dated.filter(({ when }) => when > windowStart && when <= runWhen);
  const chronic = dated.filter(({ when }) => when > chronicStart && when <= windowStart);
  if (chronic.length < MIN_CHRONIC_RUNS) return undefined;
  const sum = (entries: readonly { entry: HistoryEntry }[]) =>
    entries.reduce((total, { entry }) => total + (entry.distanceM ?? 0), 0);
  return {
    last7DaysM: sum(lastWeek) + (run.distanceM ?? 0),
    weeklyAverageM: sum(chronic) / (VOLUME_CHRONIC_DAYS / 7),
  };
}

export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values
    .filter((value): value is number => value !== undefined && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
