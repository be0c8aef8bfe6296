import type { HistoryEntry } from './history-entry';

/** Runs kept at most; the oldest seen go first. About 300 bytes each. */
export const HISTORY_CAP = 1000;

/**
 * The log with this run in it. Opening the same activity again replaces its entry (keeping
 * when it was first seen), so a run counts once however often it is viewed.
 */
export function addToLog(log: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  const previous = log.find((kept) => kept.key === entry.key);
  const updated = previous ? { ...entry, seenAt: previous.seenAt } : entry;
  const next = [...log.filter((kept) => kept.key !== entry.key), updated].sort((a, b) => a.seenAt - b.seenAt);
  return next.length > cap ? next.slice(next.length - cap) : next;
}

/** The log without this activity (the same log when it was not there). */
export function removeFromLog(log: HistoryEntry[], key: string): HistoryEntry[] {
  return log.some((kept) => kept.key === key) ? log.filter((kept) => kept.key !== key) : log;
}
