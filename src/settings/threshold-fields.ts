import type { Thresholds } from '../detect/thresholds';
import type { MessageKey } from '../i18n/messages/en';
import { t } from '../i18n/translate';
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

/** One threshold as the options form shows it: in the runner's units, parsed back to SI. */
export interface ThresholdField {
  /** Every threshold but the minimum distance for pace, which is ours to keep. */
  key: Exclude<keyof Thresholds, 'minDistanceForPaceM'>;
  unit: (units: UnitSystem) => MessageKey;
  toText: (value: number, units: UnitSystem) => string;
  /** The SI value typed, or undefined when the text is not a number of this kind. */
  fromText: (text: string, units: UnitSystem) => number | undefined;
}

const round = (value: number, digits = 1) => String(Number(value.toFixed(digits)));
const number = (text: string) => parseLocaleNumber(text.trim());
const celsiusOrFahrenheit = (units: UnitSystem): MessageKey =>
  units === 'imperial' ? 'unit.fahrenheit' : 'unit.celsius';

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  {
    key: 'longDistanceM',
    unit: (units) => (units === 'imperial' ? 'unit.mi' : 'unit.km'),
    toText: (m, units) => round(distanceInUnits(m, units)),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
  {
    key: 'longMovingTimeS',
    unit: () => 'unit.minutes',
    toText: (s) => round(s / 60, 0),
    fromText: (text) => withNumber(number(text), (minutes) => minutes * 60),
  },
  {
    key: 'fastPaceSPerKm',
    unit: (units) => (units === 'imperial' ? 'unit.minPerMi' : 'unit.minPerKm'),
    toText: (s, units) => formatDuration(paceInUnits(s, units)),
    fromText: (text, units) => withNumber(parseDuration(text.trim()), (s) => paceFromUnits(s, units)),
  },
  {
    key: 'hillyGainPerKmM',
    unit: (units) => (units === 'imperial' ? 'unit.ftPerMi' : 'unit.mPerKm'),
    toText: (m, units) => round(climbRateInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => climbRateFromUnits(value, units)),
  },
  {
    key: 'hillyTotalGainM',
    unit: (units) => (units === 'imperial' ? 'unit.ft' : 'unit.m'),
    toText: (m, units) => round(elevationInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => elevationFromUnits(value, units)),
  },
  {
    key: 'hotC',
    unit: celsiusOrFahrenheit,
    toText: (c, units) => round(temperatureInUnits(c, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => temperatureFromUnits(value, units)),
  },
  {
    key: 'coldC',
    unit: celsiusOrFahrenheit,
    toText: (c, units) => round(temperatureInUnits(c, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => temperatureFromUnits(value, units)),
  },
  {
    key: 'wornShoesM',
    unit: (units) => (units === 'imperial' ? 'unit.mi' : 'unit.km'),
    toText: (m, units) => round(distanceInUnits(m, units), 0),
    fromText: (text, units) => withNumber(number(text), (value) => distanceFromUnits(value, units)),
  },
];

export const thresholdLabel = (field: ThresholdField) => t(`options.threshold.${field.key}`);

/** What is wrong with a typed threshold, in words, or undefined when it can be saved. */
export function thresholdProblem(field: ThresholdField, text: string, units: UnitSystem): string | undefined {
  const value = field.fromText(text, units);
  const [min, max] = THRESHOLD_LIMITS[field.key];
  const range = `${field.toText(min, units)}–${field.toText(max, units)} ${t(field.unit(units))}`;
  if (value === undefined) {
    return t(field.key === 'fastPaceSPerKm' ? 'options.problem.pace' : 'options.problem.number', { range });
  }
  return isThresholdValid(field.key, value) ? undefined : t('options.problem.range', { range });
}

function withNumber(value: number | undefined, convert: (value: number) => number): number | undefined {
  return value === undefined ? undefined : convert(value);
}
