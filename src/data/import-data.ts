import type { CheckIn } from '../checkins/check-in';
import { sanitizeCheckIns } from '../checkins/sanitize-check-ins';
import type { HistoryEntry } from '../history/history-entry';
import { sanitizeHistory } from '../history/sanitize-history';
import { isPlainObject } from '../plain-object';
import { type Settings, sanitizeSettings } from '../settings/settings';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-data';

export type ImportProblem = 'not-json' | 'not-ours' | 'newer' | 'empty';

export type ImportResult =
  | {
      ok: true;
      settings: Settings | undefined;
      history: HistoryEntry[];
      checkIns: CheckIn[];
      dismissedRuns: string[];
    }
  | { ok: false; problem: ImportProblem };

/** Files larger than this are not Backstride exports (a full one is a few hundred KB). */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * A Backstride export read back, every part validated the way stored data is: a file that is
 * not one, or holds nothing usable, is refused whole, so a bad file changes nothing.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'not-ours' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT) return { ok: false, problem: 'not-ours' };
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) return { ok: false, problem: 'newer' };
  const history = sanitizeHistory(data.history);
  const checkIns = sanitizeCheckIns(data.checkIns);
  const dismissedRuns = Array.isArray(data.dismissedRuns)
    ? data.dismissedRuns.filter((key): key is string => typeof key === 'string' && /^[a-z-]+:\d{1,20}$/.test(key))
    : [];
  const settings = isPlainObject(data.settings) ? sanitizeSettings(data.settings) : undefined;
  if (!settings && history.length === 0 && checkIns.length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, settings, history, checkIns, dismissedRuns };
}
