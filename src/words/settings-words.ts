import type { UnitSystem } from '../run/units';
import type { FirstRunProblem } from '../settings/first-run';
import {
  type ThresholdField,
  type ThresholdProblem,
  type ThresholdUnit,
  thresholdRange,
} from '../settings/threshold-fields';
import { t } from './language';

export const thresholdLabel = (field: ThresholdField): string => t(`options.threshold.${field.key}`);

export const thresholdUnitLabel = (unit: ThresholdUnit): string => t(`unit.${unit}`);

/** What is wrong with a typed threshold, with the range it must fall in: "Choose a value between 3–100 km." */
export function thresholdProblemText(problem: ThresholdProblem, field: ThresholdField, units: UnitSystem): string {
  const [min, max] = thresholdRange(field, units);
  const range = `${min}–${max} ${thresholdUnitLabel(field.unit(units))}`;
  const key = {
    'not-a-number': 'options.problem.number',
    'not-a-pace': 'options.problem.pace',
    'out-of-range': 'options.problem.range',
  } as const;
  return t(key[problem], { range });
}

/** Why a first-run answer could not be used, naming the unit it is asked in. */
export function firstRunProblemText(problem: FirstRunProblem, units: UnitSystem): string {
  const imperial = units === 'imperial';
  return problem === 'typicalLongRun'
    ? t('options.firstRun.problem.typicalLongRun', { unit: t(imperial ? 'unit.miles' : 'unit.kilometres') })
    : t('options.firstRun.problem.easyPace', { unit: t(imperial ? 'unit.mile' : 'unit.kilometre') });
}
