import { isPlainObject } from '../plain-object';
import type { UnitSystem } from './format';
import { withinPhysicalRanges } from './physical-ranges';
import {
  type Athlete,
  type FactField,
  type FactSource,
  type FactSources,
  type Gear,
  isActivityId,
  isSiteId,
  isSport,
  type RunFacts,
  type WorkoutType,
} from './run-facts';

const WORKOUT_TYPES: readonly WorkoutType[] = ['race', 'long-run', 'workout', null];
const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'imperial'];
const ATHLETES: readonly Athlete[] = ['you', 'someone-else'];
const SOURCES: readonly FactSource[] = ['page-model', 'site-data', 'page-script', 'page-text'];
const NUMBER_FIELDS = [
  'distanceM',
  'movingTimeS',
  'elapsedTimeS',
  'elevationGainM',
  'avgHeartRate',
  'maxHeartRate',
  'avgCadenceSpm',
  'temperatureC',
] as const;
const FACT_FIELDS: readonly FactField[] = [
  ...NUMBER_FIELDS,
  'sport',
  'commute',
  'workoutType',
  'gear',
  'startTime',
  'units',
  'athlete',
];
const MAX_TEXT_LENGTH = 120;

/**
 * Run facts rebuilt from whatever a message carried: known fields of the right types, in
 * physical ranges, and nothing else; null when it is not a run's facts at all. The reader
 * already checks all of this, but the background trusts no message to have come from it.
 */
export function runFactsFrom(raw: unknown): RunFacts | null {
  if (!isPlainObject(raw) || !isSiteId(raw.site) || !isSport(raw.sport)) return null;
  const facts: RunFacts = { site: raw.site, sport: raw.sport };
  if (isActivityId(raw.activityId)) facts.activityId = raw.activityId;
  for (const field of NUMBER_FIELDS) {
    const value = raw[field];
    if (typeof value === 'number' && Number.isFinite(value)) facts[field] = value;
  }
  if (typeof raw.commute === 'boolean') facts.commute = raw.commute;
  if (oneOf(WORKOUT_TYPES, raw.workoutType)) facts.workoutType = raw.workoutType as WorkoutType;
  if (oneOf(UNIT_SYSTEMS, raw.units)) facts.units = raw.units as UnitSystem;
  if (oneOf(ATHLETES, raw.athlete)) facts.athlete = raw.athlete as Athlete;
  if (isText(raw.startTime)) facts.startTime = raw.startTime;
  const gear = gearFrom(raw.gear);
  if (gear) facts.gear = gear;
  const sources = sourcesFrom(raw.sources, facts);
  if (sources) facts.sources = sources;
  return withinPhysicalRanges(facts);
}

function gearFrom(raw: unknown): Gear | undefined {
  if (!isPlainObject(raw) || typeof raw.name !== 'string' || raw.name.trim() === '') return undefined;
  // A name is shown, never interpreted: an overlong one is shortened rather than lost.
  const name = raw.name.slice(0, MAX_TEXT_LENGTH);
  const { distanceM } = raw;
  return typeof distanceM === 'number' && Number.isFinite(distanceM) ? { name, distanceM } : { name };
}

/** Where each kept fact came from; the source of a fact that was not kept goes with it. */
function sourcesFrom(raw: unknown, facts: RunFacts): FactSources | undefined {
  if (!isPlainObject(raw)) return undefined;
  const sources: FactSources = {};
  for (const field of FACT_FIELDS) {
    const source = raw[field];
    if (facts[field] !== undefined && oneOf(SOURCES, source)) sources[field] = source as FactSource;
  }
  return sources;
}

const oneOf = (allowed: readonly unknown[], value: unknown) => allowed.includes(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH;
