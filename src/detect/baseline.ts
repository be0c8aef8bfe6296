import type { SignalId } from './signal';

/** A day-before run with one of these signals was hard: the next day's run comes on tired legs. */
export const HARD_SIGNALS: readonly SignalId[] = ['long', 'fast', 'race', 'workout'];

/**
 * What this browser's history says about the runner, relative to the run being classified
 * (that run itself left out). Medians are absent until there are runs to take them from.
 */
export interface Baseline {
  /** Runs seen in this browser before this one. */
  runsSeen: number;
  /** Runs behind the medians (the last 30 days, or the last 20 runs if that is more). */
  recentRuns: number;
  medianDistanceM?: number;
  medianMovingTimeS?: number;
  /** Outdoor runs of 2 km or more only: treadmills and strides say little about pace. */
  medianPaceSPerKm?: number;
  paceRuns: number;
  /**
   * Runs the calendar day before this one, when both have a start time: how far (when
   * known), and which of their signals made them hard (long, fast, race, workout).
   */
  dayBefore?: { previousDistanceM?: number; hardSignals: SignalId[] };
  /**
   * Distance in the 7 days up to and including this run, and the weekly average of the 28
   * days before; only when those 28 days hold enough runs to be a fair comparison.
   */
  volume?: { last7DaysM: number; weeklyAverageM: number };
  /**
   * The 30 days before this run, when it has a start time: the longest run in them, only
   * when Backstride holds every run of those days (from a list, an import, or enough runs
   * seen); `covered` false says a spike cannot be judged.
   */
  lookback?: { covered: boolean; runs: number; longestM?: number };
  /** Days since this browser first saw a run. */
  watchingDays: number;
}

export const EMPTY_BASELINE: Baseline = { runsSeen: 0, recentRuns: 0, paceRuns: 0, watchingDays: 0 };
