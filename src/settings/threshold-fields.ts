import type { Thresholds } from '../detect/thresholds';
import {
  distanceFromUnits,
  distanceInUnits,
  formatDuration,
  paceFromUnits,
  paceInUnits,
  type UnitSystem,
} from '../run/format';
import { parseDuration } from '../run/parse-duration';
import { parseLocaleNumber } from '../run/parse-number';
import {
  climbRateFromUnits,
  climbRateInUnits,
  elevationFromUnits,
  elevationInUnits,
  temperatureFromUnits,
  temperatureInUnits,
} from '../run/units';
import { isThresholdValid, THRESHOLD_LIMITS } from './settings';

/** The unit a threshold is typed in; the words layer names it. */
export type ThresholdUnit =
  | 'km'
  | 'mi'
  | 'minutes'
  | 'minPerKm'
  | 'minPerMi'
  | 'mPerKm'
  | 'ftPerMi'
  | 'm'
  | 'ft'
  | 'celsius'
  | 'fahrenheit';

/** What is wrong with a typed threshold: not a number (or pace) at all, or out of its range. */
export type ThresholdProblem = 'not-a-number' | 'not-a-pace' | 'out-of-range';

/** One threshold as the options form shows it: in the runner's units, parsed back to SI. */
export interface ThresholdField {
  /** Every threshold but the minimum distance for pace, which is ours to keep. */
  key: Exclude<keyof Thresholds, 'minDistanceForPaceM'>;
  unit: (units: UnitSystem) => ThresholdUnit;
  toText: (value: number, units: UnitSystem) => string;
  /** The SI value typed, or undefined when the text is not a number of this kind. */
  fromText: (text: string, units: UnitSystem) => number | undefined;
}

const round = (value: number, digits = 1) => String(Number(value.toFixed(digits)));
const number = (text: string) => parseLocaleNumber(text.trim());
const temperatureField = (key: 'hotC' | 'coldC'): ThresholdField => ({
  key,
  unit: (units) => (units === 'imperial' ? 'fahrenheit' : 'celsius'),
  toText: (c, units) => round(temperatureInUnits(c, units), 0),
  fromText: (text, units) => withNumber(number(text), (value) => temperatureFromUnits(value, units)),
});

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  {
    key: 'longDistanceM',
    unit: (units) => (units === 'imperial' ? 'mi' : 'km'),
    toText: (m, units) => round(distanceInUnits(m, units)),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
  {
    key: 'longMovingTimeS',
    unit: () => 'minutes',
    toText: (s) => round(s / 60, 0),
    fromText: (text) => withNumber(number(text), (minutes) => minutes * 60),
  },
  {
    key: 'fastPaceSPerKm',
    unit: (units) => (units === 'imperial' ? 'minPerMi' : 'minPerKm'),
    toText: (s, units) => formatDuration(paceInUnits(s, units)),
    fromText: (text, units) => withNumber(parseDuration(text.trim()), (s) => paceFromUnits(s, units)),
  },
  {
    key: 'hillyGainPerKmM',
    unit: (units) => (units === 'imperial' ? 'ftPerMi' : 'mPerKm'),
    toText: (m, units) => round(climbRateInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => climbRateFromUnits(value, units)),
  },
  {
    key: 'hillyTotalGainM',
    unit: (units) => (units === 'imperial' ? 'ft' : 'm'),
    toText: (m, units) => round(elevationInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => elevationFromUnits(value, units)),
  },
  temperatureField('hotC'),
  temperatureField('coldC'),
  {
    key: 'wornShoesM',
    unit: (units) => (units === 'imperial' ? 'mi' : 'km'),
    toText: (m, units) => round(distanceInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
];

/** What is wrong with a typed threshold, or undefined when it can be saved. */
export function thresholdProblem(field: ThresholdField, text: string, units: UnitSystem): ThresholdProblem | undefined {
  const value = field.fromText(text, units);
  if (value === undefined) return field.key === 'fastPaceSPerKm' ? 'not-a-pace' : 'not-a-number';
  return isThresholdValid(field.key, value) ? undefined : 'out-of-range';
}

/** The lowest and highest value a field takes, as the runner types them. */
export function thresholdRange(field: ThresholdField, units: UnitSystem): [string, string] {
  const [min, max] = THRESHOLD_LIMITS[field.key];
  return [field.toText(min, units), field.toText(max, units)];
}

function withNumber(value: number | undefined, convert: (value: number) => number): number | undefined {
  return value === undefined ? undefined : convert(value);
}
