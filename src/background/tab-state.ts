import { storage } from 'wxt/utils/storage';
import type { Signal } from '../detect/signal';
import type { RunFacts } from '../run/run-facts';
import type { SelectedTip } from '../tips/tip';

/** What the background decided about the run shown in one tab. */
export interface TabState {
  url: string;
  run: RunFacts;
  signals: Signal[];
  tips: SelectedTip[];
}

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
