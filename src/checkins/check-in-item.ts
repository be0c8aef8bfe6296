import { storage } from 'wxt/utils/storage';
import type { CheckIn } from './check-in';
import { sanitizeCheckIns } from './sanitize-check-ins';

/** Runs kept at most; the oldest check-ins go first. */
const MAX_CHECK_INS = 2000;

/**
 * Check-ins, version 1. A later shape adds a migration here; what cannot be read is dropped
 * entry by entry, never the whole list.
 */
const checkInItem = storage.defineItem<unknown>('local:checkIns', { fallback: [], version: 1 });

export async function loadCheckIns(): Promise<CheckIn[]> {
  return sanitizeCheckIns(await checkInItem.getValue());
}

export async function saveCheckIns(checkIns: readonly CheckIn[]): Promise<void> {
  const newestLast = [...checkIns].sort((a, b) => a.recordedAt - b.recordedAt);
  await checkInItem.setValue(newestLast.slice(-MAX_CHECK_INS));
}

/** Adds or replaces the check-in of one activity. */
export async function upsertCheckIn(checkIn: CheckIn): Promise<void> {
  const others = (await loadCheckIns()).filter((kept) => kept.key !== checkIn.key);
  await saveCheckIns([...others, checkIn]);
}

export async function clearCheckIns(): Promise<void> {
  await checkInItem.setValue([]);
}

export function watchCheckIns(onChange: (checkIns: CheckIn[]) => void): () => void {
  return checkInItem.watch((value) => onChange(sanitizeCheckIns(value)));
}
