import { isRun, type RunFacts } from './run-facts';

type NumericField =
  | 'distanceM'
  | 'movingTimeS'
  | 'elapsedTimeS'
  | 'elevationGainM'
  | 'avgHeartRate'
  | 'maxHeartRate'
  | 'avgCadenceSpm'
  | 'temperatureC';

/**
 * What a human activity can physically be. A value outside is a misread (a unit swapped,
 * a number garbled), and a misread is dropped rather than believed.
 */
const RANGES: Record<NumericField, readonly [min: number, max: number]> = {
  distanceM: [1, 400_000],
  movingTimeS: [1, 7 * 24 * 3600],
  elapsedTimeS: [1, 7 * 24 * 3600],
  elevationGainM: [0, 20_000],
  avgHeartRate: [25, 250],
  maxHeartRate: [25, 250],
  avgCadenceSpm: [40, 260],
  temperatureC: [-60, 60],
};

const MAX_GEAR_DISTANCE_M = 100_000_000;

/** Faster than 2:00 /km no one runs for long; slower than 20:00 /km while moving is no run either. */
const PACE_RANGE_S_PER_KM = [120, 1200] as const;

/** The facts with every out-of-range or non-finite number removed (with its source). */
export function withinPhysicalRanges(run: RunFacts): RunFacts {
  const kept: RunFacts = { ...run };
  const sources = run.sources ? { ...run.sources } : undefined;
  for (const [field, [min, max]] of Object.entries(RANGES) as [NumericField, readonly [number, number]][]) {
    const value = kept[field];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < min || value > max) {
      delete kept[field];
      if (sources) delete sources[field];
    }
  }
  if (!plausiblePace(kept)) {
    // Distance and time disagree, and nothing says which one is the misread: keep neither.
    for (const field of ['distanceM', 'movingTimeS', 'elapsedTimeS'] as const) {
      delete kept[field];
      if (sources) delete sources[field];
    }
  }
  if (kept.gear?.distanceM !== undefined) {
    const { distanceM, ...gear } = kept.gear;
    kept.gear = Number.isFinite(distanceM) && distanceM >= 0 && distanceM <= MAX_GEAR_DISTANCE_M ? kept.gear : gear;
  }
  if (sources) kept.sources = sources;
  return kept;
}

/** Only for runs: a ride's or a swim's pace follows other laws. */
function plausiblePace(run: RunFacts): boolean {
  if (run.distanceM === undefined || !isRun(run)) return true;
  const [fastest, slowest] = PACE_RANGE_S_PER_KM;
  const km = run.distanceM / 1000;
  if (run.movingTimeS !== undefined) {
    const pace = run.movingTimeS / km;
    return pace >= fastest && pace <= slowest;
  }
  // Elapsed time includes stops, so it can only show a pace that is impossibly fast.
  return run.elapsedTimeS === undefined || run.elapsedTimeS / km >= fastest;
}
