import { isPlainObject } from '../plain-object';
import { withinPhysicalRanges } from '../run/physical-ranges';
import {
  activityKey,
  isActivityId,
  isRun,
  isSiteId,
  isSport,
  type RunFacts,
  type SiteId,
  type Sport,
} from '../run/run-facts';
import type { HistoryEntry, HistorySource } from './history-entry';

/** One of the runner's activities as their activity list or an export file gives it. */
export interface ListedRun {
  site: SiteId;
  activityId: string;
  sport: Sport;
  /** Local wall-clock time, ISO 8601 without a zone ("2025-04-24T16:42:20"). */
  startTime?: string;
  distanceM?: number;
  movingTimeS?: number;
  elapsedTimeS?: number;
  elevationGainM?: number;
}

/** Rows of a list or a file taken at most in one go: a year of daily runs is far below it. */
export const MAX_LISTED_RUNS = 20_000;

const NUMBER_FIELDS = ['distanceM', 'movingTimeS', 'elapsedTimeS', 'elevationGainM'] as const;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * A listed run rebuilt from known fields only, its numbers range-checked as a page's are;
 * undefined when it is not a run of the runner's, or cannot be kept by site and id.
 */
export function sanitizeListedRun(raw: unknown): ListedRun | undefined {
  if (!isPlainObject(raw) || !isSiteId(raw.site) || !isActivityId(raw.activityId) || !isSport(raw.sport))
    return undefined;
  const facts: RunFacts = { site: raw.site, activityId: raw.activityId, sport: raw.sport };
  if (!isRun(facts)) return undefined;
  for (const field of NUMBER_FIELDS) {
    const value = raw[field];
    if (typeof value === 'number' && Number.isFinite(value)) facts[field] = value;
  }
  const checked = withinPhysicalRanges(facts);
  const run: ListedRun = { site: raw.site, activityId: raw.activityId, sport: raw.sport };
  if (typeof raw.startTime === 'string' && LOCAL_TIME.test(raw.startTime)) run.startTime = raw.startTime;
  for (const field of NUMBER_FIELDS) if (checked[field] !== undefined) run[field] = checked[field];
  return run;
}

export function sanitizeListedRuns(raw: unknown): ListedRun[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .slice(0, MAX_LISTED_RUNS)
    .map(sanitizeListedRun)
    .filter((run) => run !== undefined);
}

/** The history entry for a listed run: no signals (it was not judged), and where it came from. */
export function entryFromListed(run: ListedRun, from: Exclude<HistorySource, 'page'>, seenAt: number): HistoryEntry {
  return { key: activityKey(run), ...run, seenAt, signals: [], from };
}
