import { browser } from 'wxt/browser';
import { createStoreWriter, type StoreWriter } from '../data/store-writer';
import { createKeyedQueue } from '../keyed-queue';
import type { Locale } from '../locales';
import type { ReadingTrace } from '../report/reading-trace';
import type { RunFacts } from '../run/run-facts';
import { activityKeyOf } from '../sites/match-patterns';
import type { TabState } from '../view-state/tab-state';
import { chosenLocale } from '../words/locale';
import { evaluateRun } from './evaluate-run';
import { forgetPanelsInMemory } from './panel-in-page';
import { forgetTabStatesInMemory, getTabState, setTabState } from './session-tab-states';
import { createStoredContext } from './stored-context';
import { showTabState } from './views';

/** What the background's handlers share: turns per tab, the one writer, and the tabs' states. */
export interface Brain {
  /** Work on one tab's state takes turns: two reports from one tab never interleave. */
  inTab<T>(tabId: number, task: () => Promise<T>): Promise<T>;
  /** The one writer of stored data, its changes in turns per item. */
  store: StoreWriter;
  /** From what the reader saw to what the views show, with what is stored now. */
  evaluate(url: string, run: RunFacts | null, requested: number, trace?: ReadingTrace): Promise<TabState>;
  tabState(tabId: number): Promise<TabState | null>;
  /** The language the in-page panel speaks: the runner's choice, else the browser's (from settings kept in memory). */
  panelLocale(): Promise<Locale>;
  /** Shows the new state at once while keeping it for a restarted worker. */
  replaceTabState(tabId: number, state: TabState | null, freshPage?: boolean): Promise<void>;
  /**
   * The tab's state, as long as the tab still shows the activity it was read from. A page
   * asking for its own tab says where it is; for another tab, the tab is looked up.
   */
  currentTabState(tabId: number, knownUrl?: string): Promise<TabState | null>;
}

export function createBrain(): Brain {
  const inTab = createKeyedQueue<number>();
  const storedContext = createStoredContext();
  const panelLocale = async () => chosenLocale((await storedContext()).settings.language);
  forgetTabStatesInMemory();
  forgetPanelsInMemory();
  return {
    inTab,
    store: createStoreWriter(),
    evaluate: async (url, run, requested, trace) => {
      const context = { ...(await storedContext()), requested, trace };
      return evaluateRun(url, run, {
        ...context,
        version: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
      });
    },
    tabState: getTabState,
    panelLocale,
    replaceTabState: async (tabId, state, freshPage = false) => {
      const locale = await panelLocale();
      await Promise.all([showTabState(tabId, state, { freshPage, locale }), setTabState(tabId, state)]);
    },
    currentTabState: async (tabId, knownUrl) => {
      const [state, url] = await Promise.all([
        getTabState(tabId),
        knownUrl ??
          browser.tabs.get(tabId).then(
            (tab) => tab.url,
            () => undefined,
          ),
      ]);
      if (state === null || url === undefined) return null;
      return activityKeyOf(url) === activityKeyOf(state.url) ? state : null;
    },
  };
}
