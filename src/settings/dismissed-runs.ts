import { defineVersionedItem, type SaveOutcome } from '../storage/versioned-item';

/** Activities kept at most; older dismissals are forgotten first. */
const MAX_DISMISSED = 500;

const sanitize = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : [];

/** Activities ("strava:123") the runner said "Not for this run" to, version 1: the panel stays away from them. */
const dismissedItem = defineVersionedItem('local:dismissedRuns', { version: 1, sanitize });

export const loadDismissed = async (): Promise<Set<string>> => new Set(await dismissedItem.load());

export async function setDismissed(activityKey: string, dismissed: boolean): Promise<SaveOutcome> {
  return dismissAll(dismissed ? [activityKey] : [], [activityKey]);
}

/** Adds dismissals (newest last), after taking any of `undo` away, in one write. */
export async function dismissAll(activityKeys: readonly string[], undo: readonly string[] = []): Promise<SaveOutcome> {
  const adding = new Set(activityKeys);
  const leaving = new Set([...adding, ...undo]);
  const keys = [...(await loadDismissed())].filter((key) => !leaving.has(key));
  return dismissedItem.save([...keys, ...adding].slice(-MAX_DISMISSED));
}

export const clearDismissed = (): Promise<void> => dismissedItem.clear();
export const watchDismissed = (onChange: (keys: Set<string>) => void): (() => void) =>
  dismissedItem.watch((keys) => onChange(new Set(keys)));
