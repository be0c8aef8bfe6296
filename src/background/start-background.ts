import { type Browser, browser } from 'wxt/browser';
import type { Signal } from '../detect/signal';
import { entryFromRun } from '../history/history-entry';
import { loadHistory, saveHistory } from '../history/history-item';
import { addToLog } from '../history/run-log';
import { browserLocale } from '../i18n/locale';
import { isRequest, type Request } from '../messages';
import { isRun, type RunFacts } from '../run/run-facts';
import { loadSettings } from '../settings/settings-item';
import { activityKeyOf } from '../sites/index';
import { evaluateRun } from './evaluate-run';
import { createPerTabQueue } from './per-tab-queue';
import { getTabState, setTabState, type TabState } from './tab-state';
import { showTabState } from './views';

const HISTORY_QUEUE = 'history';

/** The one brain: every report from a tab goes through here, one at a time per tab. */
export function startBackground(): void {
  const enqueue = createPerTabQueue();

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isRequest(message)) return undefined;
    return handleRequest(message, sender, enqueue);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // Leaving activity pages altogether: no reader is left there to report it.
    if (changeInfo.url !== undefined && activityKeyOf(changeInfo.url) === null) {
      void enqueue(tabId, () => replaceTabState(tabId, null));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void enqueue(tabId, () => setTabState(tabId, null));
  });
}

async function handleRequest(
  request: Request,
  sender: Browser.runtime.MessageSender,
  enqueue: ReturnType<typeof createPerTabQueue>,
): Promise<TabState | null | undefined> {
  switch (request.type) {
    case 'run-seen': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || activityKeyOf(request.url) === null) return undefined;
      await enqueue(tabId, async () => {
        const [settings, history] = await Promise.all([loadSettings(), loadHistory()]);
        const state = evaluateRun(request.url, request.run, settings, history, Date.now(), browserLocale());
        await replaceTabState(tabId, state);
        if (state.run) await logRun(state.run, state.signals, enqueue);
      });
      return undefined;
    }
    case 'page-left': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await enqueue(tabId, () => replaceTabState(tabId, null));
      return undefined;
    }
    case 'get-tab-state': {
      const tabId = request.tabId ?? sender.tab?.id;
      return tabId === undefined ? null : currentTabState(tabId);
    }
  }
}

/** Every tab writes to one history: writes take turns, so no tab's run is lost to another's. */
async function logRun(run: RunFacts, signals: readonly Signal[], enqueue: ReturnType<typeof createPerTabQueue>) {
  if (!isRun(run)) return;
  await enqueue(HISTORY_QUEUE, async () => {
    const entry = entryFromRun(
      run,
      signals.map((signal) => signal.id),
      Date.now(),
    );
    if (entry) await saveHistory(addToLog(await loadHistory(), entry));
  });
}

/** The tab's state, as long as the tab still shows the activity it was read from. */
async function currentTabState(tabId: number): Promise<TabState | null> {
  const [state, tab] = await Promise.all([getTabState(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
  if (state === null || tab === undefined) return null;
  return activityKeyOf(tab.url) === activityKeyOf(state.url) ? state : null;
}

async function replaceTabState(tabId: number, state: TabState | null): Promise<void> {
  await setTabState(tabId, state);
  await showTabState(tabId, state);
}
