import type { Experience } from '../detect/classify';
import { distanceFromUnits, paceFromUnits, type UnitSystem } from '../run/format';
import { parseDuration } from '../run/parse-duration';
import { parseLocaleNumber } from '../run/parse-number';
import { isThresholdValid, type Settings } from './settings';

/** A run counts as long from this share of the runner's typical long run. */
export const LONG_SHARE_OF_TYPICAL = 0.9;
/** A run counts as fast from this much quicker than the runner's easy pace. */
export const FAST_SHARE_OF_EASY_PACE = 0.88;

export interface FirstRunAnswers {
  /** In the runner's units; empty when not answered. */
  typicalLongRun: string;
  /** "6:00" per km or per mile; empty when not answered. */
  easyPace: string;
  experience: Experience;
}

/** An answer that could not be read as a distance or a pace in range. */
export type FirstRunProblem = 'typicalLongRun' | 'easyPace';

export interface FirstRunResult {
  settings: Settings;
  problems: FirstRunProblem[];
}

/**
 * Settings from the first-run answers: the runner's own marks for long and fast, and
 * whether they are new to running. Unanswered questions keep the defaults; answers that
 * cannot be read come back as problems and change nothing.
 */
export function applyFirstRunAnswers(settings: Settings, answers: FirstRunAnswers, units: UnitSystem): FirstRunResult {
  const problems: FirstRunProblem[] = [];
  const thresholds = { ...settings.thresholds };

  if (answers.typicalLongRun.trim() !== '') {
    const value = parseLocaleNumber(answers.typicalLongRun.trim());
    const longM = value === undefined ? undefined : distanceFromUnits(value, units) * LONG_SHARE_OF_TYPICAL;
    if (longM !== undefined && isThresholdValid('longDistanceM', longM)) thresholds.longDistanceM = longM;
    else problems.push('typicalLongRun');
  }
  if (answers.easyPace.trim() !== '') {
    const seconds = parseDuration(answers.easyPace.trim());
    const fastPace = seconds === undefined ? undefined : paceFromUnits(seconds, units) * FAST_SHARE_OF_EASY_PACE;
    if (fastPace !== undefined && isThresholdValid('fastPaceSPerKm', fastPace)) thresholds.fastPaceSPerKm = fastPace;
    else problems.push('easyPace');
  }
  if (problems.length > 0) return { settings, problems };
  return { settings: { ...settings, thresholds, experience: answers.experience, firstRunDone: true }, problems };
}
