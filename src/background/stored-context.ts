import type { CheckIn } from '../checkins/check-in';
import { loadCheckIns, watchCheckIns } from '../checkins/check-in-item';
import type { HistoryEntry } from '../history/history-entry';
import { loadHistory, watchHistory } from '../history/history-item';
import { loadDismissed, watchDismissed } from '../settings/dismissed-runs';
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-item';

export interface StoredContext {
  settings: Settings;
  history: readonly HistoryEntry[];
  dismissed: ReadonlySet<string>;
  checkIns: readonly CheckIn[];
}

/**
 * What every evaluation needs from storage, read once and then kept current by storage's
 * own change events (whoever wrote: the options page, the panel, this worker). Every run the
 * runner opens is judged without waiting on storage.
 */
export function createStoredContext(): () => Promise<StoredContext> {
  let current: Promise<StoredContext> | undefined;
  const update = (change: Partial<StoredContext>) => {
    if (current) current = current.then((context) => ({ ...context, ...change }));
  };
  watchSettings((settings) => update({ settings }));
  watchHistory((history) => update({ history }));
  watchDismissed((dismissed) => update({ dismissed }));
  watchCheckIns((checkIns) => update({ checkIns }));
  return () => {
    current ??= Promise.all([loadSettings(), loadHistory(), loadDismissed(), loadCheckIns()]).then(
      ([settings, history, dismissed, checkIns]) => ({ settings, history, dismissed, checkIns }),
    );
    return current;
  };
}
