import type { SignalId } from '../detect/signal';
import { activityKey, type RunFacts, type SiteId, type Sport } from '../run/run-facts';

/**
 * Where a history entry came from: an activity page the runner opened (with the signals it
 * carried), the runner's own activity list as the site's page loaded it, or an export file
 * the runner imported.
 */
export type HistorySource = 'page' | 'list' | 'import';
export const HISTORY_SOURCES: readonly HistorySource[] = ['page', 'list', 'import'];

/** One run of the runner's: what the baseline needs, and the signals it carried. */
export interface HistoryEntry {
  /** "strava:123": one entry per activity, however often it is opened. */
  key: string;
  site: SiteId;
  activityId: string;
  sport: Sport;
  startTime?: string;
  /** When this browser first showed it (ms since 1970). */
  seenAt: number;
  distanceM?: number;
  movingTimeS?: number;
  elapsedTimeS?: number;
  elevationGainM?: number;
  signals: SignalId[];
  /** Absent on entries kept before lists and imports: those came from pages. */
  from?: HistorySource;
}

/** The entry for a run, or undefined when the run has no activity id to keep it by. */
export function entryFromRun(run: RunFacts, signals: readonly SignalId[], seenAt: number): HistoryEntry | undefined {
  const key = activityKey(run);
  if (key === undefined || run.activityId === undefined) return undefined;
  const entry: HistoryEntry = {
    key,
    site: run.site,
    activityId: run.activityId,
    sport: run.sport,
    seenAt,
    signals: [...signals],
    from: 'page',
  };
  if (run.startTime !== undefined) entry.startTime = run.startTime;
  if (run.distanceM !== undefined) entry.distanceM = run.distanceM;
  if (run.movingTimeS !== undefined) entry.movingTimeS = run.movingTimeS;
  if (run.elapsedTimeS !== undefined) entry.elapsedTimeS = run.elapsedTimeS;
  if (run.elevationGainM !== undefined) entry.elevationGainM = run.elevationGainM;
  return entry;
}
