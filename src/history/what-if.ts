import { classify } from '../detect/classify';
import type { SpikeGrade } from '../detect/signal';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../detect/thresholds';
import type { RunFacts } from '../run/run-facts';
import { computeBaseline } from './compute-baseline';
import type { CoveredSpan } from './coverage';
import type { HistoryEntry } from './history-entry';
import { localWallClock } from './wall-clock';

/**
 * Whether a run of a distance, today, would be a spike, judged as a real run would be.
 * Not judged when Backstride cannot vouch for every run of the 30 days before today. Judged
 * without a longest run when there was no run in those days to compare with.
 */
export type WhatIf =
  | { judged: false }
  | { judged: true; spike: boolean; percentLonger?: number; longestM?: number; grade?: SpikeGrade };

export function spikeIfRunToday(
  distanceM: number,
  log: readonly HistoryEntry[],
  coverage: readonly CoveredSpan[],
  nowMs: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): WhatIf {
  // The runner's wall clock, written the way sites give local start times: no zone.
  const startTime = new Date(localWallClock(nowMs)).toISOString().slice(0, 19);
  const run: RunFacts = { site: 'strava', sport: 'run', distanceM, startTime };
  const baseline = computeBaseline(log, run, nowMs, thresholds, coverage);
  const lookback = baseline.lookback;
  if (!lookback?.covered) return { judged: false };
  const evidence = classify(run, { baseline, thresholds }).find((signal) => signal.id === 'spike')?.evidence;
  if (evidence?.basis === 'longest-recent') {
    const { percentLonger, longestM, grade } = evidence;
    return { judged: true, spike: true, percentLonger, longestM, grade };
  }
  const { longestM } = lookback;
  if (longestM === undefined || longestM <= 0) return { judged: true, spike: false };
  return { judged: true, spike: false, longestM, percentLonger: (distanceM / longestM - 1) * 100 };
}
