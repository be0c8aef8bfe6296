import { defineVersionedItem, type SaveOutcome } from '../storage/versioned-item';
import type { CheckIn } from './check-in';
import { sanitizeCheckIns } from './sanitize-check-ins';

/** Runs kept at most; the oldest check-ins go first. */
const MAX_CHECK_INS = 2000;

/**
 * Check-ins, version 1. A later shape adds a migration here; what cannot be read is dropped
 * entry by entry, never the whole list.
 */
const checkInItem = defineVersionedItem('local:checkIns', { version: 1, sanitize: sanitizeCheckIns });

export const loadCheckIns = (): Promise<CheckIn[]> => checkInItem.load();

export async function saveCheckIns(checkIns: readonly CheckIn[]): Promise<SaveOutcome> {
  const newestLast = [...checkIns].sort((a, b) => a.recordedAt - b.recordedAt);
  return checkInItem.save(newestLast.slice(-MAX_CHECK_INS));
}

/** Adds or replaces the check-in of one activity. */
export async function upsertCheckIn(checkIn: CheckIn): Promise<void> {
  const others = (await loadCheckIns()).filter((kept) => kept.key !== checkIn.key);
  await saveCheckIns([...others, checkIn]);
}

export const clearCheckIns = (): Promise<void> => checkInItem.clear();
export const watchCheckIns = (onChange: (checkIns: CheckIn[]) => void): (() => void) => checkInItem.watch(onChange);
