import { storage } from 'wxt/utils/storage';
import type { Signal } from '../detect/signal';
import type { UnitSystem } from '../run/format';
import type { RunFacts } from '../run/run-facts';
import type { SelectedTip } from '../tips/tip';

/** What the background decided about the activity page shown in one tab. */
export interface TabState {
  url: string;
  /** null: the page is an activity page, but nothing on it could be read. */
  run: RunFacts | null;
  /** The units every view shows this run in. */
  units: UnitSystem;
  signals: Signal[];
  tips: SelectedTip[];
}

/** A tab state with a run that has something worth showing. */
export type ShownState = TabState & { run: RunFacts };

/**
 * Per-tab state lives in session storage, one key per tab, so a service worker that the
 * browser stops and restarts picks up where it left off and tabs never overwrite each other.
 */
const keyFor = (tabId: number) => `session:tab-state:${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(keyFor(tabId));
}

export async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state === null) await storage.removeItem(keyFor(tabId));
  else await storage.setItem(keyFor(tabId), state);
}
