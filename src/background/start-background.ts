import { type Browser, browser } from 'wxt/browser';
import { type CheckInAnswer, checkInFor } from '../checkins/check-in';
import { upsertCheckIn } from '../checkins/check-in-item';
import { entryFromRun } from '../history/history-entry';
import { loadHistory, saveHistory } from '../history/history-item';
import { addToLog, removeFromLog } from '../history/run-log';
import { browserLocale } from '../i18n/locale';
import { isRequest, type Request, type TabState } from '../messages';
import { readingFailed } from '../report/reading-failed';
import type { ReadingTrace } from '../report/reading-trace';
import { activityKey, isRun } from '../run/run-facts';
import { runFactsFrom } from '../run/run-facts-from';
import { setDismissed } from '../settings/dismissed-runs';
import { watchSettings } from '../settings/settings-item';
import { activityKeyOf, READER_MATCHES } from '../sites/match-patterns';
import { checkPage } from './check-page';
import { evaluateRun } from './evaluate-run';
import { ensureReader, whenLoaded } from './inject-reader';
import { createPerTabQueue } from './per-tab-queue';
import { mayAsk } from './sender';
import { createStoredContext, type StoredContext } from './stored-context';
import { dropTabState, forgetTabStatesInMemory, getTabState, setTabState, tabsWithState } from './tab-state';
import { showTabState } from './views';

const HISTORY_QUEUE = 'history';
let storedContext: () => Promise<StoredContext>;
type Enqueue = ReturnType<typeof createPerTabQueue>;

/** The one brain: every report from a tab goes through here, one at a time per tab. */
export function startBackground(): void {
  const enqueue = createPerTabQueue();
  forgetTabStatesInMemory();
  storedContext = createStoredContext();

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only known requests, of the exact shape, from a sender allowed to make them.
    if (!isRequest(message) || !mayAsk(message, sender)) return undefined;
    return handleRequest(message, sender, enqueue);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Leaving activity pages altogether: no reader is left there to report it.
    if (changeInfo.url !== undefined && activityKeyOf(changeInfo.url) === null) {
      void enqueue(tabId, () => replaceTabState(tabId, null));
    }
    // An activity page is loading, has loaded, or the site's app moved to one: once it has
    // loaded, make sure it is read.
    if (tab.url && activityKeyOf(tab.url) !== null) {
      const url = tab.url;
      if (tab.status === 'complete') void enqueue(tabId, () => ensureReader(tabId, url));
      else readWhenLoaded(tabId, enqueue);
    }
  });

  // Activity pages open when this worker starts: the extension was installed or updated, or
  // the browser stopped the worker and now wakes it, maybe while a page was still loading.
  void browser.tabs.query({ url: READER_MATCHES }).then((tabs) => {
    for (const { id, url } of tabs)
      if (id !== undefined && url && activityKeyOf(url) !== null) readWhenLoaded(id, enqueue);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void enqueue(tabId, () => dropTabState(tabId));
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
        const run = request.run === null ? null : runFactsFrom(request.run);
        const state = await evaluate(request.url, run, 0, await withPageChecks(senderTab, request));
        await replaceTabState(senderTab, state, request.firstInPage === true);
        if (state.run && !state.paused) await logRun(state, enqueue);
      });
      return undefined;
    case 'page-left':
      if (senderTab !== undefined) await enqueue(senderTab, () => replaceTabState(senderTab, null));
      return undefined;
    case 'get-tab-state': {
      const tabId = request.tabId ?? senderTab;
      return tabId === undefined
        ? null
        : currentTabState(tabId, request.tabId === undefined ? sender.tab?.url : undefined);
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

/** A failed reading's trace, with what the page itself had (the site's named checks). */
async function withPageChecks(tabId: number, request: Extract<Request, { type: 'run-seen' }>) {
  if (request.trace === undefined) return undefined;
  const checks = await checkPage(tabId, request.url);
  return { ...request.trace, checks: { ...request.trace.checks, ...checks } };
}

function readWhenLoaded(tabId: number, enqueue: Enqueue): void {
  void whenLoaded(tabId).then((url) => {
    if (url && activityKeyOf(url) !== null) void enqueue(tabId, () => ensureReader(tabId, url));
  });
}

async function evaluate(url: string, run: TabState['run'], requested: number, trace?: ReadingTrace): Promise<TabState> {
  return evaluateRun(url, run, { ...(await storedContext()), requested, locale: browserLocale(), trace });
}

/** Keeps the runner's check-in with the run it is about, then shows the tab's state with it. */
async function saveCheckIn(tabId: number, answer: CheckInAnswer): Promise<void> {
  const state = await getTabState(tabId);
  if (!state?.run || readingFailed(state.run)) return;
  const signals = state.signals.map((signal) => signal.id);
  const checkIn = checkInFor(state.run, signals, answer, Date.now(), state.checkIn ?? undefined);
  if (!checkIn) return;
  await upsertCheckIn(checkIn);
  await replaceTabState(tabId, { ...state, checkIn });
}

/** "Not for this run", remembered across reloads; or "Show on page", which also undoes it. */
async function setDismissal(tabId: number, dismissed: boolean): Promise<void> {
  const state = await getTabState(tabId);
  const key = state?.run ? activityKey(state.run) : undefined;
  if (!state || key === undefined) return;
  await setDismissed(key, dismissed);
  await replaceTabState(tabId, { ...state, dismissed, requested: dismissed ? 0 : Date.now() });
}

async function reevaluateAllTabs(enqueue: Enqueue): Promise<void> {
  for (const tabId of await tabsWithState()) {
    void enqueue(tabId, async () => {
      const state = await getTabState(tabId);
      if (state) await replaceTabState(tabId, await evaluate(state.url, state.run, state.requested, state.trace));
    });
  }
}

/**
 * Every tab writes to one history: writes take turns, so no tab's run is lost to another's.
 * Only the runner's own runs (or runs whose athlete the page does not say) make their
 * history; a run first logged before the page said it is someone else's is taken out again.
 */
async function logRun(state: TabState, enqueue: Enqueue): Promise<void> {
  const run = state.run;
  if (!run || !isRun(run)) return;
  await enqueue(HISTORY_QUEUE, async () => {
    const history = await loadHistory();
    if (run.athlete === 'someone-else') {
      const key = activityKey(run);
      const without = key === undefined ? history : removeFromLog(history, key);
      if (without !== history) await saveHistory(without);
      return;
    }
    // The history holds runs as they were read: one the reader failed on would skew the runner's baseline.
    if (readingFailed(run)) return;
    const entry = entryFromRun(
      run,
      state.signals.map((signal) => signal.id),
      Date.now(),
    );
    if (entry) await saveHistory(addToLog(history, entry));
  });
}

/**
 * The tab's state, as long as the tab still shows the activity it was read from. A page
 * asking for its own tab says where it is; for another tab, the tab is looked up.
 */
async function currentTabState(tabId: number, knownUrl?: string): Promise<TabState | null> {
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
}

/** Shows the new state at once while keeping it for a restarted worker. */
async function replaceTabState(tabId: number, state: TabState | null, freshPage = false): Promise<void> {
  await Promise.all([showTabState(tabId, state, { freshPage }), setTabState(tabId, state)]);
}
