import { storage } from 'wxt/utils/storage';
import type { CheckIn } from '../checkins/check-in';
import type { Signal, SignalId } from '../detect/signal';
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
  /** The runner paused Backstride on this site: nothing is shown. */
  paused: boolean;
  /** The runner said "Not for this run": no panel, though the popup can bring it back. */
  dismissed: boolean;
  /** The runner lets the panel appear on its own (a setting). */
  autoShow: boolean;
  /** When the runner last asked for the panel from the popup ("Show on page"); 0 if never. */
  requested: number;
  /** The runner's check-in for this activity, once given. */
  checkIn: CheckIn | null;
  /** This run's signals that the runner's check-ins link with back pain (their tips rank higher). */
  painLinked: SignalId[];
}

/** A tab state with a run that has something worth showing. */
export type ShownState = TabState & { run: RunFacts };

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
  inMemory.set(tabId, stored);
  return stored;
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
