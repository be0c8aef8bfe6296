import { declareStoredItem } from '../storage/stored-item';
import { HISTORY_CAP, mergeIntoLog } from './run-log';
import { sanitizeHistory } from './sanitize-history';

/** The local log of runs seen, version 1. A future shape adds a migration here. */
export const HISTORY_ITEM = declareStoredItem({
  key: 'local:history',
  version: 1,
  sanitize: sanitizeHistory,
  onDeleteAll: 'clear',
  importable: Array.isArray,
  mergeImport: (stored, imported) => mergeIntoLog(stored, imported),
  bound: (entries) => entries.slice(-HISTORY_CAP),
});
