import type { SignalId } from '../detect/signal';
import { isPlainObject } from '../plain-object';
import { activityKey, isActivityId, isSiteId, isSport } from '../run/run-facts';
import { HISTORY_SOURCES, type HistoryEntry, type HistorySource } from './history-entry';

/**
 * The entries of a stored log that are whole and sound. A damaged entry is dropped on its
 * own; the rest of the runner's history is kept.
 */
export function sanitizeHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(sanitizeEntry).filter((entry) => entry !== undefined);
}

function sanitizeEntry(value: unknown): HistoryEntry | undefined {
  if (!isPlainObject(value)) return undefined;
  const { site, activityId, sport, seenAt } = value;
  if (!isSiteId(site) || !isActivityId(activityId)) return undefined;
  if (!isSport(sport) || typeof seenAt !== 'number' || !Number.isFinite(seenAt)) return undefined;
  const entry: HistoryEntry = {
    key: activityKey({ site, activityId }),
    site,
    activityId,
    sport,
    seenAt,
    signals: Array.isArray(value.signals) ? value.signals.filter((id): id is SignalId => typeof id === 'string') : [],
  };
  if (typeof value.startTime === 'string') entry.startTime = value.startTime;
  if (HISTORY_SOURCES.includes(value.from as HistorySource)) entry.from = value.from as HistorySource;
  for (const field of ['distanceM', 'movingTimeS', 'elapsedTimeS', 'elevationGainM'] as const) {
    const number = value[field];
    if (typeof number === 'number' && Number.isFinite(number) && number >= 0) entry[field] = number;
  }
  return entry;
}
