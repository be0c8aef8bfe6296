import { declareStoredItem } from '../storage/stored-item';
import type { CheckIn } from './check-in';
import { sanitizeCheckIns } from './sanitize-check-ins';

/** Runs kept at most; the oldest check-ins go first. */
const MAX_CHECK_INS = 2000;

/** The list with this activity's check-in added, or put in place of the one it had. */
export function withCheckIn(checkIns: readonly CheckIn[], checkIn: CheckIn): CheckIn[] {
  return [...checkIns.filter((kept) => kept.key !== checkIn.key), checkIn];
}

/**
 * Check-ins, version 1. A later shape adds a migration here; what cannot be read is dropped
 * entry by entry, never the whole list.
 */
export const CHECK_INS_ITEM = declareStoredItem({
  key: 'local:checkIns',
  version: 1,
  sanitize: sanitizeCheckIns,
  onDeleteAll: 'clear',
  importable: Array.isArray,
  mergeImport: (stored, imported) => imported.reduce(withCheckIn, stored),
  bound: (checkIns) => [...checkIns].sort((a, b) => a.recordedAt - b.recordedAt).slice(-MAX_CHECK_INS),
});
