import { type Browser, browser } from 'wxt/browser';
import { isRequest, type Request } from '../messages';
import { loadSettings } from '../settings/settings-item';
import { activityKeyOf } from '../sites/index';
import { evaluateRun } from './evaluate-run';
import { createPerTabQueue } from './per-tab-queue';
import { getTabState, setTabState, type TabState } from './tab-state';
import { showTabState } from './views';

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
        const state = evaluateRun(request.url, request.run, await loadSettings());
        await replaceTabState(tabId, state);
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
