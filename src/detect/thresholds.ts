export interface Thresholds {
  longDistanceM: number;
  longMovingTimeS: number;
  /** A pace at or under this (seconds per km) is fast. */
  fastPaceSPerKm: number;
  /** Pace is not judged on runs shorter than this: strides and sprints say little. */
  minDistanceForPaceM: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  longDistanceM: 15_000,
  longMovingTimeS: 75 * 60,
  fastPaceSPerKm: 5 * 60,
  minDistanceForPaceM: 2_000,
};
