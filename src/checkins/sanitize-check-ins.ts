import type { SignalId } from '../detect/signal';
import { isPlainObject } from '../plain-object';
import { activityKey, isActivityId, isSiteId, isSport } from '../run/run-facts';
import { BACK_AREAS, type BackArea, type CheckIn, SORENESS_LEVELS, type Soreness } from './check-in';
import { readRedFlag } from './red-flags';

const SIGNAL_IDS: readonly SignalId[] = [
  'long',
  'fast',
  'hilly',
  'hot',
  'cold',
  'commute',
  'race',
  'workout',
  'worn-shoes',
  'back-to-back',
  'volume-spike',
  'new-runner',
];

/** The sound check-ins of a stored (or imported) list; a damaged one is dropped on its own. */
export function sanitizeCheckIns(raw: unknown): CheckIn[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, CheckIn>();
  for (const item of raw) {
    const checkIn = sanitizeCheckIn(item);
    if (checkIn) byKey.set(checkIn.key, checkIn);
  }
  return [...byKey.values()];
}

function sanitizeCheckIn(value: unknown): CheckIn | undefined {
  if (!isPlainObject(value)) return undefined;
  const { site, activityId, soreness, recordedAt, updatedAt } = value;
  if (!isSiteId(site) || !isActivityId(activityId)) return undefined;
  if (!SORENESS_LEVELS.includes(soreness as Soreness)) return undefined;
  if (!isTime(recordedAt) || !isTime(updatedAt)) return undefined;
  const run = isPlainObject(value.run) ? value.run : {};
  const facts: CheckIn['run'] = { sport: isSport(run.sport) ? run.sport : 'run' };
  if (typeof run.startTime === 'string' && run.startTime.length <= 40) facts.startTime = run.startTime;
  for (const field of ['distanceM', 'movingTimeS'] as const) {
    const number = run[field];
    if (typeof number === 'number' && Number.isFinite(number) && number > 0) facts[field] = number;
  }
  return {
    key: activityKey({ site, activityId }),
    site,
    activityId,
    run: facts,
    signals: listOf(value.signals, SIGNAL_IDS),
    soreness: soreness as Soreness,
    areas: listOf<BackArea>(value.areas, BACK_AREAS),
    redFlags: redFlagsOf(value.redFlags),
    recordedAt: recordedAt as number,
    updatedAt: updatedAt as number,
  };
}

function listOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  return Array.isArray(value) ? [...new Set(value.filter((item): item is T => allowed.includes(item as T)))] : [];
}

/** Old ids are read as their new ones, so no runner's answer is lost when a question is reworded. */
function redFlagsOf(value: unknown): CheckIn['redFlags'] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map(readRedFlag).filter((flag) => flag !== undefined))];
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
