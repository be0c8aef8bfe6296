import { type StoredName, type StoredValues, versionedItem } from '../../src/data/stored-items';

export { loadStored } from '../../src/data/stored-items';

/** Puts a value in storage the way the background's writer would, for a test to start from. */
export function seed<N extends StoredName>(name: N, value: StoredValues[N]) {
  return versionedItem(name).save(value);
}
