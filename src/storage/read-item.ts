import type { StoredItem } from './stored-item';
import { defineVersionedItem, type VersionedItem } from './versioned-item';

const opened = new Map<string, VersionedItem<unknown>>();

/**
 * One stored item's storage, its versions and sanitizing included, opened once per page. A
 * view opens only the items it shows, so it carries no other item's code.
 */
export function openItem<T>(item: StoredItem<T>): VersionedItem<T> {
  let versioned = opened.get(item.key) as VersionedItem<T> | undefined;
  if (!versioned) {
    versioned = defineVersionedItem(item.key, item);
    opened.set(item.key, versioned as VersionedItem<unknown>);
  }
  return versioned;
}
