/** What counts as long, fast, hilly, hot… All in SI units; the options page shows them in the runner's. */
export interface Thresholds {
  longDistanceM: number;
  longMovingTimeS: number;
  /** A pace at or under this (seconds per km) is fast. */
  fastPaceSPerKm: number;
  /** Pace is not judged on runs shorter than this: strides and sprints say little. */
  minDistanceForPaceM: number;
  /** Climb per km, or climb in total, from which a run is hilly. */
  hillyGainPerKmM: number;
  hillyTotalGainM: number;
  hotC: number;
  coldC: number;
  /** Shoes past this many kilometres are worn. */
  wornShoesM: number;
}

/**
 * A run this much longer than the longest of the 30 days before is a spike; the bands of
 * Frandsen et al. (BJSM 2025) start at 30 % and 100 %.
 */
export const SPIKE_FRACTIONS = { 'over-10': 0.1, 'over-30': 0.3, 'over-100': 1 } as const;

export const DEFAULT_THRESHOLDS: Thresholds = {
  longDistanceM: 15_000,
  longMovingTimeS: 75 * 60,
  fastPaceSPerKm: 5 * 60,
  minDistanceForPaceM: 2_000,
  hillyGainPerKmM: 20,
  hillyTotalGainM: 500,
  hotC: 25,
  coldC: 5,
  wornShoesM: 700_000,
};

/** Personal comparisons need this many runs behind them before they count. */
export const MIN_RUNS_FOR_BASELINE = 5;
/** At least this many times the usual distance or time is long. */
export const LONG_VS_USUAL_RATIO = 1.5;
/** At least this much faster than the usual pace is fast. */
export const FAST_VS_USUAL_FRACTION = 0.08;
/** The last 7 days at least this many times the weekly average of the 4 weeks before. */
export const VOLUME_SPIKE_RATIO = 1.5;
/** Each metre climbed counts as this many metres of flat running (a common rule of thumb). */
export const FLAT_METRES_PER_METRE_CLIMBED = 8;
