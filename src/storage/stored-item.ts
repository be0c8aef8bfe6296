import type { StorageItemKey } from 'wxt/utils/storage';
import type { VersionedItemOptions } from './versioned-item';

/**
 * One thing Backstride keeps in the browser's local storage, declared once: where it lives,
 * the version of its shape and how older shapes come up to date, how a stored or imported
 * value is made safe, and what export, import and delete-all do with it.
 */
export interface StoredItem<T> extends VersionedItemOptions<T> {
  key: StorageItemKey;
  /** Delete-all removes everything about the runner's runs and keeps their settings. */
  onDeleteAll: 'clear' | 'keep';
  /** True when a value in an import file can be this item's (its shape, before it is sanitized). */
  importable: (raw: unknown) => boolean;
  /** An imported value joined with what is stored (the file's version of an activity wins). */
  mergeImport: (stored: T, imported: T) => T;
  /** Keeps a value within its limits before every write (oldest entries go first). */
  bound?: (value: T) => T;
}

/** Declares a stored item; the identity function that lets TypeScript check the declaration. */
export const declareStoredItem = <T>(item: StoredItem<T>): StoredItem<T> => item;
