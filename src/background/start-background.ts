import { type Browser, browser } from 'wxt/browser';
import { type CheckInAnswer, checkInFor } from '../checkins/check-in';
import { loadCheckIns, upsertCheckIn } from '../checkins/check-in-item';
import { entryFromRun } from '../history/history-entry';
import { loadHistory, saveHistory } from '../history/history-item';
import { addToLog } from '../history/run-log';
import { browserLocale } from '../i18n/locale';
import { isRequest, type Request } from '../messages';
import { isRun } from '../run/run-facts';
import { loadDismissed, setDismissed } from '../settings/dismissed-runs';
import { loadSettings, watchSettings } from '../settings/settings-item';
import { activityKeyOf } from '../sites/index';
import { evaluateRun } from './evaluate-run';
import { createPerTabQueue } from './per-tab-queue';
import { getTabState, setTabState, type TabState, tabsWithState } from './tab-state';
import { showTabState } from './views';

const HISTORY_QUEUE = 'history';
type Enqueue = ReturnType<typeof createPerTabQueue>;

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

  // New marks, units, language choices or a paused site apply at once to every open run.
  watchSettings(() => void reevaluateAllTabs(enqueue));
}

async function handleRequest(request: Request, sender: Browser.runtime.MessageSender, enqueue: Enqueue) {
  const senderTab = sender.tab?.id;
  switch (request.type) {
    case 'open-side-panel':
      // Chrome keeps the click's user gesture only while nothing else is awaited first.
      if (!browser.sidePanel || senderTab === undefined) return false;
      return browser.sidePanel.open({ tabId: senderTab }).then(
        () => true,
        () => false,
      );
    case 'run-seen':
      if (senderTab === undefined || activityKeyOf(request.url) === null) return undefined;
      await enqueue(senderTab, async () => {
        const state = await evaluate(request.url, request.run, 0);
        await replaceTabState(senderTab, state);
        if (state.run && !state.paused) await logRun(state, enqueue);
      });
      return undefined;
    case 'page-left':
      if (senderTab !== undefined) await enqueue(senderTab, () => replaceTabState(senderTab, null));
      return undefined;
    case 'get-tab-state': {
      const tabId = request.tabId ?? senderTab;
      return tabId === undefined ? null : currentTabState(tabId);
    }
    case 'dismiss-run':
      if (senderTab !== undefined) await enqueue(senderTab, () => setDismissal(senderTab, true));
      return undefined;
    case 'show-on-page':
      await enqueue(request.tabId, () => setDismissal(request.tabId, false));
      return undefined;
    case 'save-check-in': {
      const tabId = request.tabId ?? senderTab;
      if (tabId !== undefined) await enqueue(tabId, () => saveCheckIn(tabId, request.answer));
      return undefined;
    }
  }
}

async function evaluate(url: string, run: TabState['run'], requested: number): Promise<TabState> {
  const [settings, history, dismissed, checkIns] = await Promise.all([
    loadSettings(),
    loadHistory(),
    loadDismissed(),
    loadCheckIns(),
  ]);
  return evaluateRun(url, run, { settings, history, dismissed, checkIns, requested, locale: browserLocale() });
}

/** Keeps the runner's check-in with the run it is about, then shows the tab's state with it. */
async function saveCheckIn(tabId: number, answer: CheckInAnswer): Promise<void> {
  const state = await getTabState(tabId);
  if (!state?.run) return;
  const signals = state.signals.map((signal) => signal.id);
  const checkIn = checkInFor(state.run, signals, answer, Date.now(), state.checkIn ?? undefined);
  if (!checkIn) return;
  await upsertCheckIn(checkIn);
  await replaceTabState(tabId, { ...state, checkIn });
}

/** "Not for this run", remembered across reloads; or "Show on page", which also undoes it. */
async function setDismissal(tabId: number, dismissed: boolean): Promise<void> {
  const state = await getTabState(tabId);
  if (!state?.run?.activityId) return;
  await setDismissed(`${state.run.site}:${state.run.activityId}`, dismissed);
  await replaceTabState(tabId, { ...state, dismissed, requested: dismissed ? 0 : Date.now() });
}

async function reevaluateAllTabs(enqueue: Enqueue): Promise<void> {
  for (const tabId of await tabsWithState()) {
    void enqueue(tabId, async () => {
      const state = await getTabState(tabId);
      if (state) await replaceTabState(tabId, await evaluate(state.url, state.run, state.requested));
    });
  }
}

/** Every tab writes to one history: writes take turns, so no tab's run is lost to another's. */
async function logRun(state: TabState, enqueue: Enqueue): Promise<void> {
  const run = state.run;
  if (!run || !isRun(run)) return;
  await enqueue(HISTORY_QUEUE, async () => {
    const entry = entryFromRun(
      run,
      state.signals.map((signal) => signal.id),
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
