import { isPlainObject } from '../plain-object';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-data';
import { STORED_ITEMS, STORED_NAMES, type StoredValues } from './stored-items';

export type ImportProblem = 'not-json' | 'not-ours' | 'newer' | 'empty';

export type ImportResult = { ok: true; values: Partial<StoredValues> } | { ok: false; problem: ImportProblem };

/** Files larger than this are not Backstride exports (a full one is a few hundred KB). */
export const MAX_IMPORT_CHARACTERS = 20 * 1024 * 1024;

/**
 * A Backstride export read back, every stored item's part validated the way stored data is:
 * a file that is not one, or holds nothing usable, is refused whole, so a bad file changes
 * nothing. A part of another shape is left out; the file's other parts still count.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARACTERS) return { ok: false, problem: 'not-ours' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-ours' };
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) return { ok: false, problem: 'newer' };
  const values: Partial<Record<keyof StoredValues, unknown>> = {};
  for (const name of STORED_NAMES) {
    const item = STORED_ITEMS[name];
    const raw = data[name];
    if (raw === undefined || !item.importable(raw)) continue;
    const value: unknown = item.sanitize(raw);
    if (!Array.isArray(value) || value.length > 0) values[name] = value;
  }
  if (Object.keys(values).length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, values: values as Partial<StoredValues> };
}
