import type { CheckIn } from '../checkins/check-in';
import { loadStored, watchStored } from '../data/stored-items';
import type { CoveredSpan } from '../history/coverage';
import type { HistoryEntry } from '../history/history-entry';
import type { Settings } from '../settings/settings';

export interface StoredContext {
  settings: Settings;
  history: readonly HistoryEntry[];
  dismissed: ReadonlySet<string>;
  checkIns: readonly CheckIn[];
  coverage: readonly CoveredSpan[];
}

/**
 * What every evaluation needs from storage, read once and then kept current by storage's
 * own change events. Every run the runner opens is judged without waiting on storage.
 */
export function createStoredContext(): () => Promise<StoredContext> {
  let current: Promise<StoredContext> | undefined;
  const update = (change: Partial<StoredContext>) => {
    if (current) current = current.then((context) => ({ ...context, ...change }));
  };
  watchStored('settings', (settings) => update({ settings }));
  watchStored('history', (history) => update({ history }));
  watchStored('dismissedRuns', (keys) => update({ dismissed: new Set(keys) }));
  watchStored('checkIns', (checkIns) => update({ checkIns }));
  watchStored('historyCoverage', (coverage) => update({ coverage }));
  return () => {
    current ??= Promise.all([
      loadStored('settings'),
      loadStored('history'),
      loadStored('dismissedRuns'),
      loadStored('checkIns'),
      loadStored('historyCoverage'),
    ]).then(([settings, history, dismissed, checkIns, coverage]) => ({
      settings,
      history,
      dismissed: new Set(dismissed),
      checkIns,
      coverage,
    }));
    return current;
  };
}
