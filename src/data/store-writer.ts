import { createKeyedQueue } from '../keyed-queue';
import type { SaveOutcome } from '../storage/versioned-item';
import { STORED_ITEMS, type StoredName, type StoredValues, versionedItem } from './stored-items';

/** `unchanged`: the change left the value as it was, so nothing was written. */
export type UpdateOutcome = SaveOutcome | 'unchanged';

export interface StoreWriter {
  /**
   * Applies a change to what is stored now. Changes to one item take turns, whoever asked
   * (any tab, any view), so no change is built on a value another one is replacing.
   */
  update<N extends StoredName>(name: N, change: (current: StoredValues[N]) => StoredValues[N]): Promise<UpdateOutcome>;
  /** Removes the item, in its turn. */
  clear(name: StoredName): Promise<void>;
}

/** The one writer of stored data: the background creates it once and every change goes through it. */
export function createStoreWriter(): StoreWriter {
  const inTurn = createKeyedQueue<StoredName>();
  return {
    update: (name, change) =>
      inTurn(name, async () => {
        const item = versionedItem(name);
        const current: StoredValues[typeof name] = await item.load();
        const bound = STORED_ITEMS[name].bound as ((value: typeof current) => typeof current) | undefined;
        const changed = change(current);
        const next = bound ? bound(changed) : changed;
        // A click that changes nothing writes nothing, so nothing downstream wakes for it.
        if (sameValue(next, current)) return 'unchanged';
        return item.save(next);
      }),
    clear: (name) => inTurn(name, () => versionedItem(name).clear()),
  };
}

/** Plain data compared by value, the order of object keys aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => key in bRecord && sameValue((a as Record<string, unknown>)[key], bRecord[key]));
}
