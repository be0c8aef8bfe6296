import { storage } from 'wxt/utils/storage';
import type { TabState } from '../view-state/tab-state';

/**
 * Per-tab state lives in session storage, one key per tab, so a service worker that the
 * browser stops and restarts picks up where it left off and tabs never overwrite each other.
 */
const PREFIX = 'tab-state:';
const keyFor = (tabId: number) => `session:${PREFIX}${tabId}` as const;

/** This worker's own copy: session storage is read only after the worker restarted. */
const inMemory = new Map<number, TabState | null>();

export async function getTabState(tabId: number): Promise<TabState | null> {
  const known = inMemory.get(tabId);
  if (known !== undefined) return known;
  const stored = await storage.getItem<TabState>(keyFor(tabId));
  // A state set while session storage was being read is newer than what was read.
  if (!inMemory.has(tabId)) inMemory.set(tabId, stored);
  return inMemory.get(tabId) ?? null;
}

export async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  inMemory.set(tabId, state);
  if (state === null) await storage.removeItem(keyFor(tabId));
  else await storage.setItem(keyFor(tabId), state);
}

/** A worker starts knowing nothing but what session storage kept. */
export function forgetTabStatesInMemory(): void {
  inMemory.clear();
}

/** Forgets a closed tab. */
export async function dropTabState(tabId: number): Promise<void> {
  inMemory.delete(tabId);
  await storage.removeItem(keyFor(tabId));
}

/** The ids of the tabs that have a state. */
export async function tabsWithState(): Promise<number[]> {
  const snapshot = await storage.snapshot('session');
  return Object.keys(snapshot)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => Number(key.slice(PREFIX.length)))
    .filter(Number.isInteger);
}
