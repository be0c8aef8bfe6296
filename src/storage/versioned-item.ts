import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { isPlainObject } from '../plain-object';

export interface VersionedItemOptions<T> {
  /** The version of the shape this code writes. */
  version: number;
  /** Steps from each older version to the next: `{ 2: (v1) => v2 }`; a missing step keeps the value. */
  migrations?: Readonly<Record<number, (previous: unknown) => unknown>>;
  /** What was stored (or nothing, or anything) as a value this code can use. Never throws. */
  sanitize: (raw: unknown) => T;
}

/** `kept-newer`: a newer Backstride wrote the stored value, and it was left as it is. */
export type SaveOutcome = 'saved' | 'kept-newer';

export interface VersionedItem<T> {
  load(): Promise<T>;
  save(value: T): Promise<SaveOutcome>;
  /** Removes the value and its version: always works, whichever version wrote it. */
  clear(): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

type StoredVersion = number | 'newer' | 'unreadable';

/**
 * A stored value with the version of its shape beside it (in WXT's `<key>$` metadata; a value
 * without one is version 1). Older shapes are migrated in memory on every load and written in
 * the current shape on the next save, so two pages loading at once never race a write-back.
 *
 * A value this code cannot trust reads as the defaults, for this item alone: one that does not
 * make sense, or whose migration fails, or one written by a newer Backstride (a store rollback
 * brings older code back). That newer value is also never overwritten, so the newer version
 * finds it again; only `clear` (the runner deleting their data) removes it.
 */
export function defineVersionedItem<T>(
  key: StorageItemKey,
  { version, migrations = {}, sanitize }: VersionedItemOptions<T>,
): VersionedItem<T> {
  const item = storage.defineItem<unknown>(key);

  // Read raw: WXT's getMeta turns a corrupted record into an empty one, which would read as version 1.
  const storedVersion = async (): Promise<StoredVersion> => {
    const meta = await storage.getItem<unknown>(`${key}$`);
    if (meta === null) return 1;
    if (!isPlainObject(meta)) return 'unreadable';
    const { v } = meta;
    if (v === undefined) return 1;
    if (!Number.isInteger(v) || (v as number) < 1) return 'unreadable';
    return (v as number) > version ? 'newer' : (v as number);
  };

  const upToDate = (raw: unknown, from: StoredVersion): unknown => {
    if (raw === null || typeof from !== 'number') return undefined;
    let value = raw;
    try {
      for (let next = from + 1; next <= version; next++) value = migrations[next]?.(value) ?? value;
      return value;
    } catch {
      return undefined;
    }
  };

  // A failed read is not an empty list: it fails, so no caller saves over what is stored.
  const load = async (): Promise<T> => {
    const [raw, from] = await Promise.all([item.getValue(), storedVersion()]);
    return sanitize(upToDate(raw, from));
  };

  return {
    load,
    save: async (value) => {
      if ((await storedVersion()) === 'newer') return 'kept-newer';
      // One write, so no reader ever sees the value without its version.
      await storage.setItems([
        { key, value },
        { key: `${key}$`, value: { v: version } },
      ]);
      return 'saved';
    },
    clear: () => item.removeValue({ removeMeta: true }),
    // Whatever changes the value while this code runs is this same version of it (or a clear),
    // so a change is read as the current shape: at once, and in the order the changes came.
    watch: (onChange) => item.watch((value) => onChange(sanitize(value))),
  };
}
