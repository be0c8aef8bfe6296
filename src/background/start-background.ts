import { type Browser, browser } from 'wxt/browser';
import { watchStored } from '../data/stored-items';
import { isRequest } from '../messages';
import { activityKeyOf, READER_MATCHES } from '../sites/match-patterns';
import { type Brain, createBrain } from './brain';
import { createRequestHandlers } from './handle-request';
import { whenLoaded } from './inject-reader';
import { forgetPanelInPage } from './panel-in-page';
import { readTab } from './read-tab';
import { mayAsk } from './sender';
import { dropTabState } from './session-tab-states';
import { reevaluateAllTabs } from './tab-actions';

/** The one brain: every report from a tab goes through here, one at a time per tab. */
export function startBackground(): void {
  const brain = createBrain();
  const handlers = createRequestHandlers(brain);

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only known requests, of the exact shape, from a sender allowed to make them.
    if (!isRequest(message) || !mayAsk(message, sender)) return undefined;
    const handle = handlers[message.type] as (
      request: typeof message,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    return Promise.resolve(handle(message, sender));
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Another document is coming: the panel in the last one goes with it.
    if (changeInfo.status === 'loading') forgetPanelInPage(tabId);
    // Leaving activity pages altogether: no reader is left there to report it.
    if (changeInfo.url !== undefined && activityKeyOf(changeInfo.url) === null) {
      void brain.inTab(tabId, () => brain.replaceTabState(tabId, null));
    }
    // An activity page is loading, has loaded, or the site's app moved to one: once it has
    // loaded, make sure it is read.
    if (tab.url && activityKeyOf(tab.url) !== null) {
      const url = tab.url;
      if (tab.status === 'complete') void brain.inTab(tabId, () => readTab(brain, tabId, url));
      else readWhenLoaded(brain, tabId);
    }
  });

  // Activity pages open when this worker starts: the extension was installed or updated, or
  // the browser stopped the worker and now wakes it, maybe while a page was still loading.
  void browser.tabs.query({ url: READER_MATCHES }).then((tabs) => {
    for (const { id, url } of tabs)
      if (id !== undefined && url && activityKeyOf(url) !== null) readWhenLoaded(brain, id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetPanelInPage(tabId);
    void brain.inTab(tabId, () => dropTabState(tabId));
  });

  // New marks, units or a paused site apply at once to every open run.
  watchStored('settings', () => void reevaluateAllTabs(brain));
  // A list or an import that covers more days may make a spike judgeable on an open run.
  watchStored('historyCoverage', () => void reevaluateAllTabs(brain));
}

function readWhenLoaded(brain: Brain, tabId: number): void {
  void whenLoaded(tabId).then((url) => {
    if (url && activityKeyOf(url) !== null) void brain.inTab(tabId, () => readTab(brain, tabId, url));
  });
}
