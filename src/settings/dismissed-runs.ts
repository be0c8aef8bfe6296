import { storage } from 'wxt/utils/storage';

/** Activities kept at most; older dismissals are forgotten first. */
const MAX_DISMISSED = 500;

/** Activities ("strava:123") the runner said "Not for this run" to: the panel stays away from them. */
const dismissedItem = storage.defineItem<unknown>('local:dismissedRuns', { fallback: [], version: 1 });

const sanitize = (raw: unknown) =>
  new Set(Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : []);

export async function loadDismissed(): Promise<Set<string>> {
  return sanitize(await dismissedItem.getValue());
}

export async function setDismissed(activityKey: string, dismissed: boolean): Promise<void> {
  const keys = [...(await loadDismissed())].filter((key) => key !== activityKey);
  if (dismissed) keys.push(activityKey);
  await dismissedItem.setValue(keys.slice(-MAX_DISMISSED));
}

export async function clearDismissed(): Promise<void> {
  await dismissedItem.setValue([]);
}

export function watchDismissed(onChange: (keys: Set<string>) => void): () => void {
  return dismissedItem.watch((value) => onChange(sanitize(value)));
}
