import { clearCheckIns, loadCheckIns, saveCheckIns } from '../checkins/check-in-item';
import { clearHistory, loadHistory, saveHistory } from '../history/history-item';
import { addToLog } from '../history/run-log';
import { clearDismissed, loadDismissed, setDismissed } from '../settings/dismissed-runs';
import { loadSettings, saveSettings } from '../settings/settings-item';
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
 */
export async function applyImport(result: Extract<ImportResult, { ok: true }>): Promise<void> {
  if (result.settings) await saveSettings(result.settings);
  let history = await loadHistory();
  for (const entry of result.history) history = addToLog(history, entry);
  await saveHistory(history);
  const checkIns = new Map((await loadCheckIns()).map((checkIn) => [checkIn.key, checkIn]));
  for (const checkIn of result.checkIns) checkIns.set(checkIn.key, checkIn);
  await saveCheckIns([...checkIns.values()]);
  for (const key of result.dismissedRuns) await setDismissed(key, true);
}

/** Runs seen, check-ins and dismissals gone; the runner's settings stay. */
export async function deleteAllData(): Promise<void> {
  await Promise.all([clearHistory(), clearCheckIns(), clearDismissed()]);
}
