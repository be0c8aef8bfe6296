import type { Signal, SignalId } from '../detect/signal';
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatPace,
  formatRatio,
  formatTemperature,
  type UnitSystem,
} from '../run/format';
import { climbRateInUnits } from '../run/units';
import type { SelectedTip } from '../tips/tip';
import { currentLocale, type MessageParams, t } from './language';
import type { MessageKey } from './messages/en';

/** A signal's name, as on its chip: "Long", "Hilly". */
export const signalLabel = (id: SignalId): string => t(`signal.${id}`);

/** A signal's name as a word inside a sentence: "long", "hilly". */
export const signalWord = (id: SignalId): string => signalLabel(id).toLowerCase();

/** Why a tip was chosen, with the numbers: "Long: 21.1 km, over your 15.0 km long-run mark". */
export function tipWhy(tip: SelectedTip, signals: readonly Signal[], units: UnitSystem): string {
  const signal = signals.find((candidate) => candidate.id === tip.becauseOf);
  const label = signalLabel(tip.becauseOf);
  return signal ? `${label}: ${signalReason(signal, units)}` : label;
}

/** The reason a runner reads, from the numbers a signal rests on, in their units and the views' language. */
export function signalReason({ evidence }: Signal, units: UnitSystem): string {
  const locale = currentLocale();
  const say = (key: MessageKey, params?: MessageParams) => t(key, params);
  const fromHistory = (text: string) => `${text} ${say('reason.seenHere')}`;
  const distance = (m: number) => formatDistance(m, units, locale);
  const pace = (s: number) => formatPace(s, units);
  const ratio = (value: number) => formatRatio(value, locale);
  switch (evidence.basis) {
    case 'distance':
      return say('reason.distance', {
        distance: distance(evidence.distanceM),
        threshold: distance(evidence.thresholdM),
      });
    case 'distance-vs-usual':
      return fromHistory(
        say('reason.distanceVsUsual', {
          distance: distance(evidence.distanceM),
          ratio: ratio(evidence.ratio),
          usual: distance(evidence.usualM),
        }),
      );
    case 'moving-time':
      return say('reason.movingTime', {
        time: formatDuration(evidence.movingTimeS),
        threshold: formatDuration(evidence.thresholdS),
      });
    case 'moving-time-vs-usual':
      return fromHistory(
        say('reason.movingTimeVsUsual', {
          time: formatDuration(evidence.movingTimeS),
          ratio: ratio(evidence.ratio),
          usual: formatDuration(evidence.usualS),
        }),
      );
    case 'tagged-long-run':
      return say('reason.taggedLongRun');
    case 'pace':
      return say(evidence.gradeAdjusted ? 'reason.paceGradeAdjusted' : 'reason.pace', {
        pace: pace(evidence.paceSPerKm),
        threshold: pace(evidence.thresholdSPerKm),
      });
    case 'pace-vs-usual':
      return fromHistory(
        say(evidence.gradeAdjusted ? 'reason.paceVsUsualGradeAdjusted' : 'reason.paceVsUsual', {
          pace: pace(evidence.paceSPerKm),
          percent: Math.round(evidence.percentFaster),
          usual: pace(evidence.usualSPerKm),
        }),
      );
    case 'race-effort':
      return say('reason.raceEffort');
    case 'workout-effort':
      return say('reason.workoutEffort');
    case 'climb': {
      const gain = formatElevation(evidence.gainM, units, locale);
      if (evidence.gainPerKmM === undefined) return say('reason.climb', { gain });
      const rate = say(`unit.climbRate.${units}`, { value: Math.round(climbRateInUnits(evidence.gainPerKmM, units)) });
      return say('reason.climbRate', { gain, rate });
    }
    case 'temperature':
      return say('reason.temperature', { temperature: formatTemperature(evidence.temperatureC, units) });
    case 'marked-commute':
      return say('reason.commute');
    case 'marked-race':
      return say('reason.markedRace');
    case 'marked-workout':
      return say('reason.markedWorkout');
    case 'gear-distance':
      return say('reason.gear', {
        gear: evidence.gearName,
        distance: distance(evidence.gearDistanceM),
        threshold: distance(evidence.thresholdM),
      });
    case 'trail-run':
      return say('reason.trailRun');
    case 'ran-day-before': {
      const dayBefore =
        evidence.previousDistanceM === undefined
          ? say('reason.dayBefore')
          : say('reason.dayBeforeDistance', { distance: distance(evidence.previousDistanceM) });
      // What made the day before hard ("long, fast"); none: it counts because the runner is new.
      const kinds = evidence.hardSignals.map((id) => say(`signal.${id}`)).join(', ');
      return fromHistory(kinds === '' ? dayBefore : `${dayBefore} (${kinds})`);
    }
    case 'weekly-volume':
      return fromHistory(
        say('reason.volume', {
          distance: distance(evidence.last7DaysM),
          ratio: ratio(evidence.ratio),
          average: distance(evidence.weeklyAverageM),
        }),
      );
    case 'longest-recent':
      return say('reason.spike', {
        distance: distance(evidence.distanceM),
        percent: Math.round(evidence.percentLonger),
        longest: distance(evidence.longestM),
      });
    case 'told-us-new':
      return say('reason.toldUsNew');
  }
}
