import type { HistoryEntry } from './history-entry';
import { wallClockMs } from './wall-clock';

/** Runs kept at most, years of them (ten years of daily runs); the oldest go first. About 250 bytes each. */
export const HISTORY_CAP = 5000;

/** A run's site and start to the minute: the same run, whatever id a source gave it. */
const startOf = (entry: HistoryEntry) => `${entry.site} ${entry.startTime?.slice(0, 16) ?? entry.key}`;

/** When the run happened, on one scale for all entries (when it was first seen, for a run without a start). */
const runTime = (entry: HistoryEntry) => wallClockMs(entry.startTime) ?? entry.seenAt;

/**
 * The log with these runs in it, oldest first, one entry per activity (keeping when it was
 * first seen), so a run counts once however often it is viewed or listed. A run read from
 * its own page is worth more than its line in a list or an export: a list or an export
 * never replaces it.
 */
export function mergeIntoLog(
  log: readonly HistoryEntry[],
  entries: readonly HistoryEntry[],
  cap = HISTORY_CAP,
): HistoryEntry[] {
  const byKey = new Map(log.map((entry) => [entry.key, entry]));
  const byStart = new Map(log.map((entry) => [startOf(entry), entry.key]));
  for (const entry of entries) {
    // Garmin's export has no activity ids: its runs are known by their start, and the same
    // run seen on its page or in a list (with its real id) is the one kept.
    const twinKey = byStart.get(startOf(entry));
    const twin = twinKey === undefined || twinKey === entry.key ? undefined : byKey.get(twinKey);
    if (twin && entry.from === 'import') continue;
    if (twin?.from === 'import') byKey.delete(twin.key);
    const previous = byKey.get(entry.key);
    const previousFromPage = previous !== undefined && (previous.from ?? 'page') === 'page';
    if (previousFromPage && (entry.from ?? 'page') !== 'page') continue;
    byKey.set(entry.key, previous ? { ...entry, seenAt: previous.seenAt } : entry);
    byStart.set(startOf(entry), entry.key);
  }
  const next = [...byKey.values()].sort((a, b) => runTime(a) - runTime(b));
  return next.length > cap ? next.slice(next.length - cap) : next;
}

/** The log with this run in it: `mergeIntoLog` for one run. */
export function addToLog(log: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  return mergeIntoLog(log, [entry], cap);
}

/** The log without this activity (the same log when it was not there). */
export function removeFromLog(log: HistoryEntry[], key: string): HistoryEntry[] {
  return log.some((kept) => kept.key === key) ? log.filter((kept) => kept.key !== key) : log;
}
