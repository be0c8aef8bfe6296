import { isActivityKey } from '../run/run-facts';
import { declareStoredItem } from '../storage/stored-item';

/** Activities kept at most; older dismissals are forgotten first. */
const MAX_DISMISSED = 500;

const sanitize = (raw: unknown): string[] => (Array.isArray(raw) ? raw.filter(isActivityKey) : []);

/** The dismissals with this activity said "Not for this run" to (newest last), or taken back. */
export function withDismissal(keys: readonly string[], activityKey: string, dismissed: boolean): string[] {
  const others = keys.filter((key) => key !== activityKey);
  return dismissed ? [...others, activityKey] : others;
}

/** Activities ("strava:123") the runner said "Not for this run" to, version 1: the panel stays away from them. */
export const DISMISSED_RUNS_ITEM = declareStoredItem({
  key: 'local:dismissedRuns',
  version: 1,
  sanitize,
  onDeleteAll: 'clear',
  importable: Array.isArray,
  mergeImport: (stored, imported) => {
    const adding = new Set(imported);
    return [...stored.filter((key) => !adding.has(key)), ...adding];
  },
  bound: (keys) => keys.slice(-MAX_DISMISSED),
});
