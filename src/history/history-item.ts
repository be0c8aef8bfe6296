import { defineVersionedItem, type SaveOutcome } from '../storage/versioned-item';
import type { HistoryEntry } from './history-entry';
import { sanitizeHistory } from './sanitize-history';

/** The local log of runs seen, version 1. A future shape adds a migration here. */
const historyItem = defineVersionedItem('local:history', { version: 1, sanitize: sanitizeHistory });

export const loadHistory = (): Promise<HistoryEntry[]> => historyItem.load();
export const saveHistory = (entries: readonly HistoryEntry[]): Promise<SaveOutcome> => historyItem.save([...entries]);
export const clearHistory = (): Promise<void> => historyItem.clear();
export const watchHistory = (onChange: (entries: HistoryEntry[]) => void): (() => void) => historyItem.watch(onChange);
