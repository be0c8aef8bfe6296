/** Sites we can read a run from. Adding a site adds its id here and one adapter file. */
export type SiteId = 'strava' | 'garmin-connect';

export type Sport = 'run' | 'trail-run' | 'virtual-run' | 'other';

export type WorkoutType = 'race' | 'long-run' | 'workout' | null;

export interface Gear {
  name: string;
  /** Total distance the gear has done, as the site reports it. */
  distanceM?: number;
}

/**
 * What a page told us about one activity, in SI units.
 * A value that could not be read is absent: never 0, never a guess.
 */
export interface RunFacts {
  site: SiteId;
  activityId?: string;
  sport: Sport;
  distanceM?: number;
  movingTimeS?: number;
  elapsedTimeS?: number;
  elevationGainM?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  avgCadenceSpm?: number;
  temperatureC?: number;
  commute?: boolean;
  workoutType?: WorkoutType;
  gear?: Gear;
  /** ISO 8601. */
  startTime?: string;
}

export const FOOT_SPORTS: readonly Sport[] = ['run', 'trail-run', 'virtual-run'];

export function isRun(run: RunFacts): boolean {
  return FOOT_SPORTS.includes(run.sport);
}

/** Seconds per kilometre, when both distance and a time are known. */
export function paceSPerKm(run: RunFacts): number | undefined {
  const timeS = run.movingTimeS ?? run.elapsedTimeS;
  if (run.distanceM === undefined || timeS === undefined || run.distanceM <= 0) return undefined;
  return timeS / (run.distanceM / 1000);
}
