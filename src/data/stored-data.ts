import type { StoredItem } from '../storage/stored-item';
import { type BackstrideExport, buildExport } from './export-data';
import type { StoreWriter, UpdateOutcome } from './store-writer';
import { loadStored, STORED_ITEMS, STORED_NAMES, type StoredName, type StoredValues } from './stored-items';

/** Everything Backstride keeps, ready to save as a file. */
export async function exportAll(now = new Date()): Promise<BackstrideExport> {
  const values = await Promise.all(STORED_NAMES.map(async (name) => [name, await loadStored(name)] as const));
  return buildExport(Object.fromEntries(values) as StoredValues, now);
}

/**
 * Brings an accepted import in, each item joined with what is stored in its own turn.
 * `kept-newer` when a newer Backstride wrote any of what is stored, which is then left as it is.
 */
export async function applyImport(writer: StoreWriter, values: Partial<StoredValues>): Promise<UpdateOutcome> {
  const outcomes = await Promise.all(
    STORED_NAMES.filter((name) => values[name] !== undefined).map((name) => importInto(writer, name, values)),
  );
  return outcomes.includes('kept-newer') ? 'kept-newer' : 'saved';
}

function importInto<N extends StoredName>(writer: StoreWriter, name: N, values: Partial<StoredValues>) {
  const item = STORED_ITEMS[name] as unknown as StoredItem<StoredValues[N]>;
  const imported = values[name] as StoredValues[N];
  return writer.update(name, (stored) => item.mergeImport(stored, imported));
}

/** Everything about the runner's runs gone; what the list keeps on delete-all (their settings) stays. */
export async function deleteAllData(writer: StoreWriter): Promise<void> {
  await Promise.all(STORED_NAMES.filter((name) => STORED_ITEMS[name].onDeleteAll === 'clear').map(writer.clear));
}
