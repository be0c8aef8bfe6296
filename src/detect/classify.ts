import { formatDistanceKm, formatDuration, formatPacePerKm } from '../run/format';
import { isRun, paceSPerKm, type RunFacts } from '../run/run-facts';
import type { Signal } from './signal';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

export interface ClassifyOptions {
  thresholds?: Partial<Thresholds>;
}

/**
 * What kind of run this was. Each signal rests only on fields the page gave us: a field
 * that could not be read never produces a signal. Not a run: no signals.
 */
export function classify(run: RunFacts, options: ClassifyOptions = {}): Signal[] {
  if (!isRun(run)) return [];
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  return [longSignal(run, thresholds), fastSignal(run, thresholds)].filter((signal) => signal !== undefined);
}

function longSignal(run: RunFacts, thresholds: Thresholds): Signal | undefined {
  if (run.distanceM !== undefined && run.distanceM >= thresholds.longDistanceM) {
    return {
      id: 'long',
      reason: `${formatDistanceKm(run.distanceM)}, at or over your ${formatDistanceKm(thresholds.longDistanceM)} long-run mark`,
    };
  }
  if (run.movingTimeS !== undefined && run.movingTimeS >= thresholds.longMovingTimeS) {
    return {
      id: 'long',
      reason: `${formatDuration(run.movingTimeS)} moving, at or over your ${formatDuration(thresholds.longMovingTimeS)} long-run mark`,
    };
  }
  return undefined;
}

function fastSignal(run: RunFacts, thresholds: Thresholds): Signal | undefined {
  if (run.distanceM === undefined || run.distanceM < thresholds.minDistanceForPaceM) return undefined;
  const pace = paceSPerKm(run);
  if (pace === undefined || pace > thresholds.fastPaceSPerKm) return undefined;
  return {
    id: 'fast',
    reason: `${formatPacePerKm(pace)}, at or under your ${formatPacePerKm(thresholds.fastPaceSPerKm)} fast mark`,
  };
}
