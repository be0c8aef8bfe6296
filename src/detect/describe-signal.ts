import {
  formatClimbRate,
  formatDistance,
  formatDuration,
  formatElevation,
  formatPace,
  formatTemperature,
  type UnitSystem,
} from '../run/format';
import type { SignalEvidence } from './signal';

const SEEN_HERE = '(runs seen in this browser)';

/** The reason a runner reads, from the numbers a signal rests on. */
export function describeEvidence(evidence: SignalEvidence, units: UnitSystem): string {
  const distance = (m: number) => formatDistance(m, units);
  const pace = (s: number) => formatPace(s, units);
  switch (evidence.basis) {
    case 'distance':
      return `${distance(evidence.distanceM)}, over your ${distance(evidence.thresholdM)} long-run mark`;
    case 'distance-vs-usual':
      return `${distance(evidence.distanceM)} — ${evidence.ratio.toFixed(1)}× your usual ${distance(evidence.usualM)} ${SEEN_HERE}`;
    case 'moving-time':
      return `${formatDuration(evidence.movingTimeS)} moving, over your ${formatDuration(evidence.thresholdS)} long-run mark`;
    case 'moving-time-vs-usual':
      return `${formatDuration(evidence.movingTimeS)} moving — ${evidence.ratio.toFixed(1)}× your usual ${formatDuration(evidence.usualS)} ${SEEN_HERE}`;
    case 'tagged-long-run':
      return 'Tagged as a long run';
    case 'pace':
      return `${pace(evidence.paceSPerKm)}${evidence.gradeAdjusted ? ' grade-adjusted' : ''}, faster than your ${pace(evidence.thresholdSPerKm)} mark`;
    case 'pace-vs-usual':
      return `${pace(evidence.paceSPerKm)}${evidence.gradeAdjusted ? ' grade-adjusted' : ''} — ${Math.round(evidence.percentFaster)} % faster than your usual ${pace(evidence.usualSPerKm)} ${SEEN_HERE}`;
    case 'race-effort':
      return 'A race: run at full effort';
    case 'workout-effort':
      return 'A workout: hard efforts inside';
    case 'climb':
      return evidence.gainPerKmM === undefined
        ? `${formatElevation(evidence.gainM, units)} of climbing`
        : `${formatElevation(evidence.gainM, units)} of climbing, ${formatClimbRate(evidence.gainPerKmM, units)}`;
    case 'temperature':
      return `${formatTemperature(evidence.temperatureC, units)} during the run`;
    case 'marked-commute':
      return 'Marked as a commute: likely with a bag on your back';
    case 'marked-race':
      return 'Marked as a race';
    case 'marked-workout':
      return 'Marked as a workout';
    case 'gear-distance':
      return `${evidence.gearName}: ${distance(evidence.gearDistanceM)} on them, past ${distance(evidence.thresholdM)}`;
    case 'ran-day-before':
      return evidence.previousDistanceM === undefined
        ? `You ran the day before too ${SEEN_HERE}`
        : `You ran ${distance(evidence.previousDistanceM)} the day before too ${SEEN_HERE}`;
    case 'weekly-volume':
      return `${distance(evidence.last7DaysM)} in the last 7 days, ${evidence.ratio.toFixed(1)}× your weekly average of ${distance(evidence.weeklyAverageM)} over the 4 weeks before ${SEEN_HERE}`;
    case 'few-runs-seen':
      return `Only ${evidence.runsSeen} ${evidence.runsSeen === 1 ? 'run' : 'runs'} seen in this browser in ${evidence.days} days`;
    case 'told-us-new':
      return 'You told Backstride you are new to running';
  }
}
