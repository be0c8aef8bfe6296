import type { UnitSystem } from './format';

/** Sites we can read a run from. Adding a site adds its id here and one adapter file. */
export const SITE_IDS = ['strava', 'garmin-connect'] as const;
export type SiteId = (typeof SITE_IDS)[number];
export const isSiteId = (value: unknown): value is SiteId => SITE_IDS.includes(value as SiteId);

export const SITE_NAMES: Record<SiteId, string> = { strava: 'Strava', 'garmin-connect': 'Garmin Connect' };

export const SPORTS = ['run', 'trail-run', 'virtual-run', 'other'] as const;
export type Sport = (typeof SPORTS)[number];
export const isSport = (value: unknown): value is Sport => SPORTS.includes(value as Sport);

export type WorkoutType = 'race' | 'long-run' | 'workout' | null;

export type Athlete = 'you' | 'someone-else';

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
  /** ISO 8601, as the site gives it (local time when the site has no zone). */
  startTime?: string;
  /** The units the page shows its numbers in (the athlete's own choice on Strava). */
  units?: UnitSystem;
  /** Whose activity it is: the signed-in runner's own, or someone else's they are looking at. */
  athlete?: Athlete;
  /** Where each field was read from, for the side panel's "how this run was read". */
  sources?: FactSources;
}

/** The fields of RunFacts that hold something read from the page. */
export type FactField = Exclude<keyof RunFacts, 'site' | 'activityId' | 'sources'>;

/**
 * Where a value came from, best first: the page's own data model (seen through the page
 * bridge), the JSON a site app loaded (likewise), regexes over the page's inline scripts,
 * the rendered text of the page.
 */
export type FactSource = 'page-model' | 'site-data' | 'page-script' | 'page-text';

export type FactSources = Partial<Record<FactField, FactSource>>;

export const FOOT_SPORTS: readonly Sport[] = ['run', 'trail-run', 'virtual-run'];

/** An activity's id as every site writes it: digits only (Strava's and Garmin's ids are 64-bit numbers). */
export const ACTIVITY_ID_DIGITS = String.raw`\d{1,20}`;
const ACTIVITY_ID = new RegExp(`^${ACTIVITY_ID_DIGITS}$`);
export const isActivityId = (value: unknown): value is string => typeof value === 'string' && ACTIVITY_ID.test(value);

/** True for an activity key of a site we read, as `activityKey` writes it. */
export function isActivityKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const colon = value.indexOf(':');
  return isSiteId(value.slice(0, colon)) && isActivityId(value.slice(colon + 1));
}

/** "strava:123": how an activity is known in storage and between views; undefined without an id. */
export function activityKey(run: Pick<RunFacts, 'site'> & { activityId: string }): string;
export function activityKey(run: Pick<RunFacts, 'site' | 'activityId'>): string | undefined;
export function activityKey(run: Pick<RunFacts, 'site' | 'activityId'>): string | undefined {
  return run.activityId === undefined ? undefined : `${run.site}:${run.activityId}`;
}

export function isRun(run: RunFacts): boolean {
  return FOOT_SPORTS.includes(run.sport);
}

/** Seconds per kilometre, when both distance and a time are known. */
export function paceSPerKm(run: RunFacts): number | undefined {
  const timeS = run.movingTimeS ?? run.elapsedTimeS;
  if (run.distanceM === undefined || timeS === undefined || run.distanceM <= 0) return undefined;
  return timeS / (run.distanceM / 1000);
}

/** Every field that holds something read from a page (the compiler checks none is missing). */
export const FACT_FIELDS = Object.keys({
  sport: true,
  distanceM: true,
  movingTimeS: true,
  elapsedTimeS: true,
  elevationGainM: true,
  avgHeartRate: true,
  maxHeartRate: true,
  avgCadenceSpm: true,
  temperatureC: true,
  commute: true,
  workoutType: true,
  gear: true,
  startTime: true,
  units: true,
  athlete: true,
} satisfies Record<FactField, true>) as FactField[];
