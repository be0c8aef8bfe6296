import type { SignalId } from '../detect/signal';
import { activityKey, isRun, type RunFacts, type SiteId, type Sport } from '../run/run-facts';

export const SORENESS_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export type Soreness = (typeof SORENESS_LEVELS)[number];

export const BACK_AREAS = ['shoulder-blades', 'neck-shoulders', 'mid-back'] as const;
export type BackArea = (typeof BACK_AREAS)[number];

/** Symptoms that need a doctor rather than a tip. */
export const RED_FLAGS = ['chest-pain', 'short-of-breath', 'arm-numbness'] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/** What the runner answers: how the upper back feels after this run. */
export interface CheckInAnswer {
  soreness: Soreness;
  areas: BackArea[];
  redFlags: RedFlag[];
}

/** One check-in per activity, kept with what the run was, so patterns can be found later. */
export interface CheckIn extends CheckInAnswer {
  /** "strava:123". */
  key: string;
  site: SiteId;
  activityId: string;
  run: { sport: Sport; startTime?: string; distanceM?: number; movingTimeS?: number };
  signals: SignalId[];
  recordedAt: number;
  updatedAt: number;
}

/** A check-in is about the runner's own back after their own run: not after someone else's. */
export function canCheckIn(run: RunFacts): run is RunFacts & { activityId: string } {
  return isRun(run) && run.activityId !== undefined && run.athlete !== 'someone-else';
}

export function checkInFor(
  run: RunFacts,
  signals: readonly SignalId[],
  answer: CheckInAnswer,
  now: number,
  previous?: CheckIn,
): CheckIn | undefined {
  if (!canCheckIn(run)) return undefined;
  const facts: CheckIn['run'] = { sport: run.sport };
  if (run.startTime !== undefined) facts.startTime = run.startTime;
  if (run.distanceM !== undefined) facts.distanceM = run.distanceM;
  if (run.movingTimeS !== undefined) facts.movingTimeS = run.movingTimeS;
  return {
    key: activityKey(run),
    site: run.site,
    activityId: run.activityId,
    run: facts,
    signals: [...signals],
    soreness: answer.soreness,
    areas: [...new Set(answer.areas)],
    redFlags: [...new Set(answer.redFlags)],
    recordedAt: previous?.recordedAt ?? now,
    updatedAt: now,
  };
}

/** Pain of any degree. */
export function hurt(checkIn: Pick<CheckIn, 'soreness'>): boolean {
  return checkIn.soreness !== 'none';
}

/** A check-in that calls for medical care rather than tips: which kind. */
export function urgency(answer: CheckInAnswer): 'emergency' | 'doctor' | undefined {
  if (answer.redFlags.includes('chest-pain') || answer.redFlags.includes('short-of-breath')) return 'emergency';
  if (answer.soreness === 'severe' || answer.redFlags.includes('arm-numbness')) return 'doctor';
  return undefined;
}
