import { isPlainObject } from '../plain-object';
import { FOOT_SPORTS } from '../run/run-facts';
import { declareStoredItem } from '../storage/stored-item';
import type { HistoryEntry } from './history-entry';
import type { ListedRun } from './listed-runs';
import { dayNumber, wallClockMs } from './wall-clock';

/**
 * A stretch of days for which Backstride holds every run of the runner's: the days an
 * unfiltered activity list or an export spans, from its first run to its last (or to the day
 * it was read, for a list that starts with today's page). Days as counted by `dayNumber`.
 */
export interface CoveredSpan {
  from: 'list' | 'import';
  firstDay: number;
  lastDay: number;
}

/** Spans kept at most; the oldest go first. */
const MAX_SPANS = 200;

function sanitizeSpans(raw: unknown): CoveredSpan[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (span): span is CoveredSpan =>
      isPlainObject(span) &&
      (span.from === 'list' || span.from === 'import') &&
      Number.isInteger(span.firstDay) &&
      Number.isInteger(span.lastDay) &&
      (span.firstDay as number) <= (span.lastDay as number),
  );
}

/** The span of days these runs cover, or undefined when none of them has a start time. */
export function spanOf(runs: readonly ListedRun[], from: CoveredSpan['from']): CoveredSpan | undefined {
  const days = runs
    .map((run) => wallClockMs(run.startTime))
    .filter((ms) => ms !== undefined)
    .map(dayNumber);
  if (days.length === 0) return undefined;
  return { from, firstDay: Math.min(...days), lastDay: Math.max(...days) };
}

/** The spans with this one added, overlapping or adjacent spans joined into one. */
export function withSpan(spans: readonly CoveredSpan[], span: CoveredSpan): CoveredSpan[] {
  const joined: CoveredSpan[] = [];
  for (const next of [...spans, span].sort((a, b) => a.firstDay - b.firstDay)) {
    const last = joined.at(-1);
    if (last && next.firstDay <= last.lastDay + 1) {
      joined[joined.length - 1] = { ...last, lastDay: Math.max(last.lastDay, next.lastDay) };
    } else joined.push({ ...next });
  }
  return joined.slice(-MAX_SPANS);
}

/** True when the spans, joined, hold every day from `firstDay` to `lastDay`. */
export function covers(spans: readonly CoveredSpan[], firstDay: number, lastDay: number): boolean {
  let coveredTo = firstDay - 1;
  for (const span of [...spans].sort((a, b) => a.firstDay - b.firstDay)) {
    if (span.firstDay > coveredTo + 1) continue;
    coveredTo = Math.max(coveredTo, span.lastDay);
    if (coveredTo >= lastDay) return true;
  }
  return coveredTo >= lastDay;
}

/** The days before a run's day that the spike and the coverage note look back over. */
export const LOOKBACK_DAYS = 30;

/** The days of the 30 before `wallClock`'s day: `[first, last]`. */
export function lookback(wallClock: number): [number, number] {
  const day = dayNumber(wallClock);
  return [day - LOOKBACK_DAYS, day - 1];
}

/**
 * The runs of the runner's in the 30 days before a run, and whether Backstride can vouch
 * that they are all of them: a list or an export spans those days, or this browser has
 * followed the runner for all of them and seen enough of their runs.
 */
export function lookbackRuns(
  log: readonly HistoryEntry[],
  spans: readonly CoveredSpan[],
  runWallClock: number,
  excludeKey?: string,
): { runs: HistoryEntry[]; covered: boolean } {
  const [firstDay, lastDay] = lookback(runWallClock);
  const runs = log.filter((entry) => {
    const when = wallClockMs(entry.startTime);
    if (when === undefined || entry.key === excludeKey || !FOOT_SPORTS.includes(entry.sport)) return false;
    const day = dayNumber(when);
    return day >= firstDay && day <= lastDay;
  });
  const firstSeen = Math.min(...log.map((entry) => entry.seenAt));
  const followedSince = Number.isFinite(firstSeen) ? dayNumber(firstSeen) : Number.POSITIVE_INFINITY;
  const seenEnough = followedSince <= firstDay && runs.filter((entry) => (entry.from ?? 'page') === 'page').length >= 4;
  return { runs, covered: covers(spans, firstDay, lastDay) || seenEnough };
}

/** The days Backstride holds all of the runner's runs for, version 1. Exported, imported and deleted with the history. */
export const COVERAGE_ITEM = declareStoredItem({
  key: 'local:historyCoverage',
  version: 1,
  sanitize: sanitizeSpans,
  onDeleteAll: 'clear',
  importable: Array.isArray,
  mergeImport: (stored, imported) => imported.reduce(withSpan, stored),
  bound: (spans) => spans.slice(-MAX_SPANS),
});

/** What Backstride knows of the runner's last 30 days before a moment, for the views to say. */
export interface CoverageSummary {
  /** All runs in those days, and how many came from each source. */
  runs: number;
  bySource: Record<'page' | 'list' | 'import', number>;
  /** Backstride holds every run of those days: a spike can be judged. */
  covered: boolean;
}

export function coverageSummary(
  log: readonly HistoryEntry[],
  spans: readonly CoveredSpan[],
  referenceWallClock: number,
): CoverageSummary {
  const { runs, covered } = lookbackRuns(log, spans, referenceWallClock);
  const bySource = { page: 0, list: 0, import: 0 };
  for (const entry of runs) bySource[entry.from ?? 'page']++;
  return { runs: runs.length, bySource, covered };
}
