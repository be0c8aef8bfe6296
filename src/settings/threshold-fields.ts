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
import { fahrenheitToCelsius } from '../run/parse-temperature';
import { isThresholdValid, THRESHOLD_LIMITS } from './settings';

const FEET_PER_METRE = 1 / 0.3048;
const FEET_PER_MILE_PER_METRE_PER_KM = FEET_PER_METRE * 1.609344;

/** One threshold as the options form shows it: in the runner's units, parsed back to SI. */
export interface ThresholdField {
  key: keyof Thresholds;
  label: string;
  unit: (units: UnitSystem) => string;
  toText: (value: number, units: UnitSystem) => string;
  /** The SI value typed, or undefined when the text is not a number of this kind. */
  fromText: (text: string, units: UnitSystem) => number | undefined;
}

const round = (value: number, digits = 1) => String(Number(value.toFixed(digits)));
const number = (text: string) => parseLocaleNumber(text.trim());

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  {
    key: 'longDistanceM',
    label: 'A run is long from',
    unit: (units) => (units === 'imperial' ? 'mi' : 'km'),
    toText: (m, units) => round(distanceInUnits(m, units)),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
  {
    key: 'longMovingTimeS',
    label: '…or from a moving time of',
    unit: () => 'minutes',
    toText: (s) => round(s / 60, 0),
    fromText: (text) => withNumber(number(text), (minutes) => minutes * 60),
  },
  {
    key: 'fastPaceSPerKm',
    label: 'A run is fast at or under a pace of',
    unit: (units) => (units === 'imperial' ? 'min per mi' : 'min per km'),
    toText: (s, units) => formatDuration(paceInUnits(s, units)),
    fromText: (text, units) => withNumber(parseDuration(text.trim()), (s) => paceFromUnits(s, units)),
  },
  {
    key: 'hillyGainPerKmM',
    label: 'A run is hilly from a climb of',
    unit: (units) => (units === 'imperial' ? 'ft per mi' : 'm per km'),
    toText: (m, units) => round(units === 'imperial' ? m * FEET_PER_MILE_PER_METRE_PER_KM : m, 0),
    fromText: (text, units) =>
      withNumber(number(text), (v) => (units === 'imperial' ? v / FEET_PER_MILE_PER_METRE_PER_KM : v)),
  },
  {
    key: 'hillyTotalGainM',
    label: '…or a total climb of',
    unit: (units) => (units === 'imperial' ? 'ft' : 'm'),
    toText: (m, units) => round(units === 'imperial' ? m * FEET_PER_METRE : m, 0),
    fromText: (text, units) => withNumber(number(text), (v) => (units === 'imperial' ? v / FEET_PER_METRE : v)),
  },
  {
    key: 'hotC',
    label: 'A run is hot from',
    unit: (units) => (units === 'imperial' ? '°F' : '°C'),
    toText: (c, units) => round(units === 'imperial' ? (c * 9) / 5 + 32 : c, 0),
    fromText: (text, units) => withNumber(number(text), (v) => (units === 'imperial' ? fahrenheitToCelsius(v) : v)),
  },
  {
    key: 'coldC',
    label: 'A run is cold at or below',
    unit: (units) => (units === 'imperial' ? '°F' : '°C'),
    toText: (c, units) => round(units === 'imperial' ? (c * 9) / 5 + 32 : c, 0),
    fromText: (text, units) => withNumber(number(text), (v) => (units === 'imperial' ? fahrenheitToCelsius(v) : v)),
  },
  {
    key: 'wornShoesM',
    label: 'Shoes are worn after',
    unit: (units) => (units === 'imperial' ? 'mi' : 'km'),
    toText: (m, units) => round(distanceInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
];

/** What is wrong with a typed threshold, in words, or undefined when it can be saved. */
export function thresholdProblem(field: ThresholdField, text: string, units: UnitSystem): string | undefined {
  const value = field.fromText(text, units);
  const [min, max] = THRESHOLD_LIMITS[field.key];
  const range = `${field.toText(min, units)}–${field.toText(max, units)} ${field.unit(units)}`;
  if (value === undefined) {
    return field.key === 'fastPaceSPerKm' ? `Enter a pace like 5:00 (${range}).` : `Enter a number (${range}).`;
  }
  return isThresholdValid(field.key, value) ? undefined : `Choose a value between ${range}.`;
}

function withNumber(value: number | undefined, convert: (value: number) => number): number | undefined {
  return value === undefined ? undefined : convert(value);
}
