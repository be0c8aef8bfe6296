import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '../ask';
import { isTabStateChanged } from '../messages';
import type { TabState } from '../view-state/tab-state';

export type ActiveTabView =
  | { status: 'loading' }
  | { status: 'ready'; windowId: number | undefined; tabId: number | undefined; state: TabState | null };

/**
 * The state of the active tab in the window this view lives in, kept current as the runner
 * switches tabs and as the background re-reads the page.
 */
export function useActiveTabState(): ActiveTabView {
  const [view, setView] = useState<ActiveTabView>({ status: 'loading' });

  useEffect(() => {
    let windowId: number | undefined;
    let followedTabId: number | undefined;
    // Answers arrive in any order: only the latest look-up may show its answer.
    let lookUps = 0;
    // The background's pushes for the followed tab. Its answer to a request was read before
    // it was sent back, so a push that arrives meanwhile is the newer state.
    let pushes = 0;
    let disposed = false;

    const showState = (tabId: number | undefined, state: TabState | null) => {
      if (!disposed) setView({ status: 'ready', windowId, tabId, state });
    };

    async function lookUp(activatedTabId?: number) {
      const lookUp = ++lookUps;
      let tabId = activatedTabId;
      try {
        windowId ??= (await browser.windows.getCurrent()).id;
        tabId ??= (await browser.tabs.query({ active: true, windowId }))[0]?.id;
        if (lookUp !== lookUps) return;
        followedTabId = tabId;
        const pushesBefore = pushes;
        const state = tabId === undefined ? null : ((await ask({ type: 'get-tab-state', tabId })) ?? null);
        if (lookUp === lookUps && pushes === pushesBefore) showState(tabId, state);
      } catch {
        // The browser could not say (a window closing, the background restarting): show no run
        // rather than stay on "loading"; the next tab switch or push asks again.
        if (lookUp === lookUps) showState(tabId, null);
      }
    }

    const onActivated = (info: { tabId: number; windowId: number }) => {
      // Before this view knows its window, any activation may be ours: ask again afterwards.
      if (windowId === undefined) void lookUp();
      else if (info.windowId === windowId) void lookUp(info.tabId);
    };
    const onMessage = (message: unknown) => {
      if (isTabStateChanged(message) && message.tabId === followedTabId) {
        pushes++;
        showState(message.tabId, message.state);
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.runtime.onMessage.addListener(onMessage);
    void lookUp();

    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return view;
}
