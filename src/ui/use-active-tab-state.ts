import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../background/tab-state';
import { isTabStateChanged, type Request } from '../messages';

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
    let activeTabId: number | undefined;
    let disposed = false;

    async function show(tabId: number | undefined) {
      activeTabId = tabId;
      const request: Request = { type: 'get-tab-state', tabId };
      const state = tabId === undefined ? null : ((await browser.runtime.sendMessage(request)) as TabState | null);
      if (!disposed && activeTabId === tabId) setView({ status: 'ready', windowId, tabId, state });
    }

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) void show(info.tabId);
    };
    const onMessage = (message: unknown) => {
      if (isTabStateChanged(message) && message.tabId === activeTabId) {
        setView({ status: 'ready', windowId, tabId: message.tabId, state: message.state });
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.runtime.onMessage.addListener(onMessage);

    void (async () => {
      const currentWindow = await browser.windows.getCurrent();
      windowId = currentWindow.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      await show(tab?.id);
    })();

    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return view;
}
