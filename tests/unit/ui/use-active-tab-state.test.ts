import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabStateChanged } from '../../../src/messages';
import { type ActiveTabView, useActiveTabState } from '../../../src/ui/use-active-tab-state';
import type { TabState } from '../../../src/view-state/tab-state';

const WINDOW_ID = 1;
const POPUP_TAB = 10;
const RUN_TAB = 20;
const OTHER_TAB = 30;

/** A promise settled by the test, so replies can be made to arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

const stateOf = (url: string) => ({ url }) as unknown as TabState;

/** The browser's side, with every reply held until the test releases it. */
function holdReplies() {
  // The first look-up of the window is held; any later one is answered at once.
  const windows = [deferred<{ id: number }>()];
  let windowLookUps = 0;
  const queries: Array<ReturnType<typeof deferred<Array<{ id: number }>>>> = [];
  const requests: Array<{ tabId: number | undefined; reply: ReturnType<typeof deferred<TabState | null>> }> = [];
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation(
    () => (windows[windowLookUps++]?.promise ?? Promise.resolve({ id: WINDOW_ID })) as never,
  );
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(() => {
    const query = deferred<Array<{ id: number }>>();
    queries.push(query);
    return query.promise as never;
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((request: { tabId?: number }) => {
    const reply = deferred<TabState | null>();
    requests.push({ tabId: request.tabId, reply });
    return reply.promise;
  }) as never);
  return { windows, queries, requests };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

function shown(view: ActiveTabView) {
  return view.status === 'ready' ? { tabId: view.tabId, url: view.state?.url } : view.status;
}

/** A view opened while the run's tab is in front, its request for that tab's state not yet answered. */
async function openedOnRunTab() {
  const browser = holdReplies();
  const { result } = renderHook(() => useActiveTabState());
  browser.windows[0]?.resolve({ id: WINDOW_ID });
  await waitFor(() => expect(browser.queries).toHaveLength(1));
  browser.queries[0]?.resolve([{ id: RUN_TAB }]);
  await waitFor(() => expect(browser.requests).toHaveLength(1));
  return { browser, result };
}

describe('useActiveTabState', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a state pushed while its own request was answered, not the older answer', async () => {
    const { browser, result } = await openedOnRunTab();

    // The background reads the state, then the run is read and pushed, then the answer arrives.
    const pushed: TabStateChanged = { type: 'tab-state-changed', tabId: RUN_TAB, state: stateOf('read') };
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger(pushed, {});
    });
    browser.requests[0]?.reply.resolve(stateOf('before the read'));
    await flush();

    expect(shown(result.current)).toEqual({ tabId: RUN_TAB, url: 'read' });
  });

  it('follows a tab brought to the front while the view was still asking which tab is active', async () => {
    const browser = holdReplies();
    const { result } = renderHook(() => useActiveTabState());
    browser.windows[0]?.resolve({ id: WINDOW_ID });
    await waitFor(() => expect(browser.queries).toHaveLength(1));

    // The query was made while the view's own tab was in front; the runner switches before it is answered.
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: RUN_TAB, windowId: WINDOW_ID });
    });
    browser.queries[0]?.resolve([{ id: POPUP_TAB }]);
    await waitFor(() => expect(browser.requests.length).toBeGreaterThan(0));
    for (const { tabId, reply } of browser.requests) reply.resolve(stateOf(`tab ${tabId}`));
    await flush();

    expect(browser.requests.map((request) => request.tabId)).toEqual([RUN_TAB]);
    expect(shown(result.current)).toEqual({ tabId: RUN_TAB, url: `tab ${RUN_TAB}` });
  });

  it('asks again for a tab brought to the front before the view knew its window', async () => {
    const browser = holdReplies();
    const { result } = renderHook(() => useActiveTabState());
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: RUN_TAB, windowId: WINDOW_ID });
    });
    browser.windows[0]?.resolve({ id: WINDOW_ID });
    await waitFor(() => expect(browser.queries).toHaveLength(2));
    for (const query of browser.queries) query.resolve([{ id: RUN_TAB }]);
    await waitFor(() => expect(browser.requests.length).toBeGreaterThan(0));
    for (const { tabId, reply } of browser.requests) reply.resolve(stateOf(`tab ${tabId}`));
    await flush();

    expect(shown(result.current)).toEqual({ tabId: RUN_TAB, url: `tab ${RUN_TAB}` });
  });

  it('shows no run, rather than "loading" for good, when the background cannot answer', async () => {
    const browser = holdReplies();
    const { result } = renderHook(() => useActiveTabState());
    browser.windows[0]?.resolve({ id: WINDOW_ID });
    await waitFor(() => expect(browser.queries).toHaveLength(1));
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRejectedValueOnce(new Error('Could not establish connection.'));
    browser.queries[0]?.resolve([{ id: RUN_TAB }]);
    await flush();
    expect(shown(result.current)).toEqual({ tabId: RUN_TAB, url: undefined });
  });

  it('shows the tab switched to last, whatever order the answers come in', async () => {
    const { browser, result } = await openedOnRunTab();

    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: OTHER_TAB, windowId: WINDOW_ID });
      // Another window's tabs are none of this view's business.
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: WINDOW_ID + 1 });
    });
    await waitFor(() => expect(browser.requests).toHaveLength(2));
    browser.requests[1]?.reply.resolve(stateOf('other'));
    browser.requests[0]?.reply.resolve(stateOf('run'));
    await flush();
    expect(shown(result.current)).toEqual({ tabId: OTHER_TAB, url: 'other' });

    // A push for the tab left behind changes nothing.
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'tab-state-changed', tabId: RUN_TAB, state: null }, {});
    });
    expect(shown(result.current)).toEqual({ tabId: OTHER_TAB, url: 'other' });
  });
});
