import { isRun, type RunFacts } from '../run/run-facts';
import { type Baseline, EMPTY_BASELINE } from './baseline';
import type { Signal, SignalEvidence, SignalId, SpikeGrade } from './signal';
import {
  DEFAULT_THRESHOLDS,
  FAST_VS_USUAL_FRACTION,
  FLAT_METRES_PER_METRE_CLIMBED,
  LONG_VS_USUAL_RATIO,
  MIN_RUNS_FOR_BASELINE,
  SPIKE_FRACTIONS,
  type Thresholds,
  VOLUME_SPIKE_RATIO,
} from './thresholds';

/** What the runner told us about themselves in the first-run step. */
export type Experience = 'unknown' | 'new' | 'experienced';

export interface ClassifyOptions {
  baseline?: Baseline;
  thresholds?: Partial<Thresholds>;
  experience?: Experience;
}

type Rule = (
  run: RunFacts,
  context: Required<ClassifyOptions> & { thresholds: Thresholds },
) => SignalEvidence | undefined;

/**
 * What kind of run this was, the way a coach would say it, each signal with the numbers
 * behind it. A signal rests only on fields the page gave us: a field that could not be read
 * never produces one. Anything that is not a run gets no signals at all.
 */
export function classify(run: RunFacts, options: ClassifyOptions = {}): Signal[] {
  if (!isRun(run)) return [];
  const context = {
    baseline: options.baseline ?? EMPTY_BASELINE,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    experience: options.experience ?? 'unknown',
  };
  const signals: Signal[] = [];
  for (const [id, rule] of RULES) {
    const evidence = rule(run, context);
    if (evidence) signals.push({ id, evidence });
  }
  return signals;
}

const long: Rule = (run, { thresholds, baseline }) => {
  const usual = baseline.recentRuns >= MIN_RUNS_FOR_BASELINE;
  if (run.distanceM !== undefined) {
    if (run.distanceM >= thresholds.longDistanceM) {
      return { basis: 'distance', distanceM: run.distanceM, thresholdM: thresholds.longDistanceM };
    }
    if (usual && baseline.medianDistanceM && run.distanceM >= LONG_VS_USUAL_RATIO * baseline.medianDistanceM) {
      const ratio = run.distanceM / baseline.medianDistanceM;
      return { basis: 'distance-vs-usual', distanceM: run.distanceM, usualM: baseline.medianDistanceM, ratio };
    }
  }
  if (run.movingTimeS !== undefined) {
    if (run.movingTimeS >= thresholds.longMovingTimeS) {
      return { basis: 'moving-time', movingTimeS: run.movingTimeS, thresholdS: thresholds.longMovingTimeS };
    }
    if (usual && baseline.medianMovingTimeS && run.movingTimeS >= LONG_VS_USUAL_RATIO * baseline.medianMovingTimeS) {
      const ratio = run.movingTimeS / baseline.medianMovingTimeS;
      return { basis: 'moving-time-vs-usual', movingTimeS: run.movingTimeS, usualS: baseline.medianMovingTimeS, ratio };
    }
  }
  return run.workoutType === 'long-run' ? { basis: 'tagged-long-run' } : undefined;
};

const fast: Rule = (run, context) => {
  const { thresholds, baseline } = context;
  const pace = comparablePace(run, thresholds);
  if (pace !== undefined) {
    if (pace.paceSPerKm <= thresholds.fastPaceSPerKm) {
      return { basis: 'pace', ...pace, thresholdSPerKm: thresholds.fastPaceSPerKm };
    }
    const usualPace = baseline.paceRuns >= MIN_RUNS_FOR_BASELINE ? baseline.medianPaceSPerKm : undefined;
    if (usualPace !== undefined && pace.paceSPerKm <= (1 - FAST_VS_USUAL_FRACTION) * usualPace) {
      const percentFaster = (1 - pace.paceSPerKm / usualPace) * 100;
      return { basis: 'pace-vs-usual', ...pace, usualSPerKm: usualPace, percentFaster };
    }
  }
  if (run.workoutType === 'race') return { basis: 'race-effort' };
  if (run.workoutType === 'workout') return { basis: 'workout-effort' };
  return undefined;
};

const hilly: Rule = (run, { thresholds }) => climb(run, thresholds);

const hot: Rule = (run, { thresholds }) =>
  run.temperatureC !== undefined && run.temperatureC >= thresholds.hotC
    ? { basis: 'temperature', temperatureC: run.temperatureC, thresholdC: thresholds.hotC }
    : undefined;

const cold: Rule = (run, { thresholds }) =>
  run.temperatureC !== undefined && run.temperatureC <= thresholds.coldC
    ? { basis: 'temperature', temperatureC: run.temperatureC, thresholdC: thresholds.coldC }
    : undefined;

const commute: Rule = (run) => (run.commute === true ? { basis: 'marked-commute' } : undefined);
const race: Rule = (run) => (run.workoutType === 'race' ? { basis: 'marked-race' } : undefined);
const workout: Rule = (run) => (run.workoutType === 'workout' ? { basis: 'marked-workout' } : undefined);

const wornShoes: Rule = (run, { thresholds }) =>
  run.gear?.distanceM !== undefined && run.gear.distanceM >= thresholds.wornShoesM
    ? {
        basis: 'gear-distance',
        gearName: run.gear.name,
        gearDistanceM: run.gear.distanceM,
        thresholdM: thresholds.wornShoesM,
      }
    : undefined;

/** Trail running, the sport: its ground, not its climb (a hilly road run is no trail run). */
const trail: Rule = (run) => (run.sport === 'trail-run' ? { basis: 'trail-run' } : undefined);

/**
 * A run the day after a hard one (long, fast, a race or a workout): the back has not had its
 * day off. After an easy day it is ordinary training, except for a runner new to the sport.
 */
const backToBack: Rule = (_run, { baseline, experience }) => {
  const dayBefore = baseline.dayBefore;
  if (!dayBefore || (dayBefore.hardSignals.length === 0 && experience !== 'new')) return undefined;
  return { basis: 'ran-day-before', ...dayBefore };
};

/**
 * One run much longer than any of the 30 days before: the strongest single-run risk the
 * evidence knows (Frandsen et al., BJSM 2025). Only against a history that holds every run
 * of those days, and only when there was a run in them to compare with.
 */
const spike: Rule = (run, { baseline }) => {
  const longestM = baseline.lookback?.covered ? baseline.lookback.longestM : undefined;
  if (run.distanceM === undefined || longestM === undefined || longestM <= 0) return undefined;
  const distanceM = run.distanceM;
  // Compared as products, so that exactly 10 % longer is not a spike whatever the rounding.
  const longerThan = (grade: SpikeGrade) => distanceM > longestM * (1 + SPIKE_FRACTIONS[grade]);
  if (!longerThan('over-10')) return undefined;
  const grade: SpikeGrade = longerThan('over-100') ? 'over-100' : longerThan('over-30') ? 'over-30' : 'over-10';
  return { basis: 'longest-recent', distanceM, longestM, percentLonger: (distanceM / longestM - 1) * 100, grade };
};

const volumeSpike: Rule = (_run, { baseline }) => {
  const volume = baseline.volume;
  if (!volume || volume.weeklyAverageM <= 0) return undefined;
  const ratio = volume.last7DaysM / volume.weeklyAverageM;
  return ratio >= VOLUME_SPIKE_RATIO ? { basis: 'weekly-volume', ...volume, ratio } : undefined;
};

/** Only the runner's own word: how few runs this browser has seen says nothing of their years. */
const newRunner: Rule = (_run, { experience }) => (experience === 'new' ? { basis: 'told-us-new' } : undefined);

/** In the order their chips are shown. */
const RULES: readonly (readonly [SignalId, Rule])[] = [
  ['long', long],
  ['fast', fast],
  ['hilly', hilly],
  ['hot', hot],
  ['cold', cold],
  ['race', race],
  ['workout', workout],
  ['commute', commute],
  ['worn-shoes', wornShoes],
  ['trail', trail],
  ['spike', spike],
  ['back-to-back', backToBack],
  ['volume-spike', volumeSpike],
  ['new-runner', newRunner],
];

type Effort = Pick<RunFacts, 'distanceM' | 'movingTimeS' | 'elapsedTimeS' | 'elevationGainM'>;

function climb(run: Effort, thresholds: Thresholds): Extract<SignalEvidence, { basis: 'climb' }> | undefined {
  if (run.elevationGainM === undefined) return undefined;
  const gainPerKmM = run.distanceM ? run.elevationGainM / (run.distanceM / 1000) : undefined;
  const steep = gainPerKmM !== undefined && gainPerKmM >= thresholds.hillyGainPerKmM;
  if (!steep && run.elevationGainM < thresholds.hillyTotalGainM) return undefined;
  return gainPerKmM === undefined
    ? { basis: 'climb', gainM: run.elevationGainM }
    : { basis: 'climb', gainM: run.elevationGainM, gainPerKmM };
}

/**
 * The pace to judge, when the run is long enough to judge it: on a hilly run, the pace over
 * the equivalent flat distance (each metre climbed counted as several metres run), so a hard
 * climb at a slow pace is still seen as the effort it was.
 */
export function comparablePace(
  run: Effort,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): { paceSPerKm: number; gradeAdjusted: boolean } | undefined {
  const timeS = run.movingTimeS ?? run.elapsedTimeS;
  if (run.distanceM === undefined || timeS === undefined || run.distanceM < thresholds.minDistanceForPaceM) {
    return undefined;
  }
  const hill = climb(run, thresholds);
  const flatDistanceM = hill ? run.distanceM + FLAT_METRES_PER_METRE_CLIMBED * hill.gainM : run.distanceM;
  return { paceSPerKm: timeS / (flatDistanceM / 1000), gradeAdjusted: hill !== undefined };
}
