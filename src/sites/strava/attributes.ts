import type { BridgeValue } from '../../bridge/protocol';
import type { UnitSystem } from '../../run/format';
import type { Athlete } from '../../run/run-facts';
import type { ReadFacts } from '../merge-layers';
import { wallClockOfLocalEpoch } from './local-epoch';
import { sportOfType, WORKOUT_TYPE_BY_CODE } from './words';

export type UnitPreference = 'meters' | 'feet' | undefined;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * From Strava's own attribute names (the page model through the bridge, or the inline
 * scripts) to RunFacts fields. Each is optional: the first model often has no summary.
 */
export function factsFromAttributes(attributes: Record<string, BridgeValue>): ReadFacts {
  const type = stringOf(attributes.sport_type) ?? stringOf(attributes.detailedType) ?? stringOf(attributes.type);
  let sport = type === undefined ? undefined : sportOfType(type);
  if (sport === 'run' && attributes.trainer === true) sport = 'virtual-run';
  const workoutCode = numberOf(attributes.workout_type);
  return {
    sport,
    distanceM: numberOf(attributes.distance),
    movingTimeS: numberOf(attributes.moving_time),
    elapsedTimeS: numberOf(attributes.elapsed_time),
    elevationGainM: numberOf(attributes.elev_gain),
    avgHeartRate: numberOf(attributes.avg_hr),
    workoutType: sport !== 'other' && workoutCode !== undefined ? WORKOUT_TYPE_BY_CODE[workoutCode] : undefined,
    commute: typeof attributes.commute === 'boolean' ? attributes.commute : undefined,
    startTime: startTimeOf(attributes),
    units: unitSystemOf(unitPreferenceOf(attributes.measurement_preference)),
    athlete: typeof attributes.viewer_is_athlete === 'boolean' ? athleteOf(attributes.viewer_is_athlete) : undefined,
  };
}

export function unitPreferenceOf(value: BridgeValue | undefined): UnitPreference {
  return value === 'meters' || value === 'feet' ? value : undefined;
}

/**
 * `startDateLocal`: the runner's wall-clock time written as if it were a UTC epoch, in
 * seconds; older pages spelled an ISO `start_date_local`. Local time, no zone.
 */
function startTimeOf(attributes: Record<string, BridgeValue>): string | undefined {
  const fromEpoch = wallClockOfLocalEpoch(attributes.startDateLocal);
  if (fromEpoch !== undefined) return fromEpoch;
  const iso = stringOf(attributes.start_date_local);
  return iso !== undefined && ISO_DATE_TIME.test(iso) ? iso.replace(/Z$/, '') : undefined;
}

const athleteOf = (viewerIsAthlete: boolean): Athlete => (viewerIsAthlete ? 'you' : 'someone-else');

function unitSystemOf(unitPreference: UnitPreference): UnitSystem | undefined {
  if (unitPreference === undefined) return undefined;
  return unitPreference === 'feet' ? 'imperial' : 'metric';
}

function stringOf(value: BridgeValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A number, or a number Strava wrote as a string ('2'). */
function numberOf(value: BridgeValue | undefined): number | undefined {
  const number = typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
