import { clearCheckIns, loadCheckIns, saveCheckIns } from '../checkins/check-in-item';
import { clearHistory, loadHistory, saveHistory } from '../history/history-item';
import { addToLog } from '../history/run-log';
import { clearDismissed, dismissAll, loadDismissed } from '../settings/dismissed-runs';
import { loadSettings, saveSettings } from '../settings/settings-item';
import type { SaveOutcome } from '../storage/versioned-item';
import { type BackstrideExport, buildExport } from './export-data';
import type { ImportResult } from './import-data';

/** Everything Backstride keeps, ready to save as a file. */
export async function exportAll(now = new Date()): Promise<BackstrideExport> {
  const [settings, history, checkIns, dismissedRuns] = await Promise.all([
    loadSettings(),
    loadHistory(),
    loadCheckIns(),
    loadDismissed(),
  ]);
  return buildExport({ settings, history, checkIns, dismissedRuns }, now);
}

/**
 * Brings an accepted import in: its settings replace the current ones; its runs, check-ins
 * and dismissals join what is already here (the file's version of an activity wins).
 * `kept-newer` when a newer Backstride wrote any of what is stored, which is then left as it is.
 */
export async function applyImport(result: Extract<ImportResult, { ok: true }>): Promise<SaveOutcome> {
  const outcomes: SaveOutcome[] = [];
  if (result.settings) outcomes.push(await saveSettings(result.settings));
  let history = await loadHistory();
  for (const entry of result.history) history = addToLog(history, entry);
  outcomes.push(await saveHistory(history));
  const checkIns = new Map((await loadCheckIns()).map((checkIn) => [checkIn.key, checkIn]));
  for (const checkIn of result.checkIns) checkIns.set(checkIn.key, checkIn);
  outcomes.push(await saveCheckIns([...checkIns.values()]));
  outcomes.push(await dismissAll(result.dismissedRuns));
  return outcomes.includes('kept-newer') ? 'kept-newer' : 'saved';
}

/** Runs seen, check-ins and dismissals gone; the runner's settings stay. */
export async function deleteAllData(): Promise<void> {
  await Promise.all([clearHistory(), clearCheckIns(), clearDismissed()]);
}
