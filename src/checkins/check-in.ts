import type { SignalId } from '../detect/signal';
import { activityKey, isRun, type RunFacts, type SiteId, type Sport } from '../run/run-facts';
import { RED_FLAG_TRIAGE, type RedFlag, TRIAGE_LEVELS, type Triage } from './red-flags';

export { RED_FLAGS, type RedFlag } from './red-flags';

export const SORENESS_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export type Soreness = (typeof SORENESS_LEVELS)[number];

export const BACK_AREAS = ['shoulder-blades', 'neck-shoulders', 'mid-back'] as const;
export type BackArea = (typeof BACK_AREAS)[number];

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

/** Moderate or severe pain, or a red flag already given: the red-flag questions are asked outright. */
export function asksRedFlags(answer: CheckInAnswer): boolean {
  return answer.soreness === 'moderate' || answer.soreness === 'severe' || answer.redFlags.length > 0;
}

/** The kinds of medical care a check-in calls for, most urgent first; none for most. */
export function urgencies(answer: CheckInAnswer): Triage[] {
  const levels = new Set(answer.redFlags.map((flag) => RED_FLAG_TRIAGE[flag]));
  if (answer.soreness === 'severe') levels.add('doctor');
  return TRIAGE_LEVELS.filter((level) => levels.has(level));
}
