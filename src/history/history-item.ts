import { storage } from 'wxt/utils/storage';
import type { HistoryEntry } from './history-entry';
import { sanitizeHistory } from './sanitize-history';

/**
 * The local log of runs seen. Version 1; a future shape adds a migration here rather than
 * dropping what the runner has built up.
 */
const historyItem = storage.defineItem<unknown>('local:history', { fallback: [], version: 1 });

export async function loadHistory(): Promise<HistoryEntry[]> {
  return sanitizeHistory(await historyItem.getValue());
}

export async function saveHistory(entries: readonly HistoryEntry[]): Promise<void> {
  await historyItem.setValue(entries);
}

export async function clearHistory(): Promise<void> {
  await historyItem.setValue([]);
}

export function watchHistory(onChange: (entries: HistoryEntry[]) => void): () => void {
  return historyItem.watch((value) => onChange(sanitizeHistory(value)));
}
