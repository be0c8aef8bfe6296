import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectReader, readerAnswers, whenLoaded } from '../../../src/background/inject-reader';

const STRAVA_RUN = 'https://www.strava.com/activities/12000000001';
const GARMIN_RUN = 'https://connect.garmin.com/modern/activity/20000000001';
type TabStatus = 'loading' | 'complete' | 'closed';

/** A tab whose loading status the test moves along. */
function tabWithStatus(initial: TabStatus, url = STRAVA_RUN) {
  const tab = { status: initial };
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (tabId: number) => {
    if (tab.status === 'closed') throw new Error(`No tab with id: ${tabId}.`);
    return { id: tabId, url, status: tab.status };
  }) as never);
  return tab;
}

describe('whenLoaded', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('answers with the URL once the tab has finished loading', async () => {
    const tab = tabWithStatus('loading');
    const loaded = whenLoaded(1);
    await vi.advanceTimersByTimeAsync(1000);
    tab.status = 'complete';
    await vi.advanceTimersByTimeAsync(100);
    expect(await loaded).toBe(STRAVA_RUN);
  });

  it('reads a page anyway when its loading never ends', async () => {
    tabWithStatus('loading');
    let answer: string | undefined | null = null;
    void whenLoaded(1).then((url) => {
      answer = url;
    });
    await vi.advanceTimersByTimeAsync(4000);
    expect(answer).toBeNull();
    await vi.advanceTimersByTimeAsync(1200);
    expect(answer).toBe(STRAVA_RUN);
  });

  it('gives nothing for a tab that closed while loading', async () => {
    const tab = tabWithStatus('loading');
    const loaded = whenLoaded(1);
    tab.status = 'closed';
    await vi.advanceTimersByTimeAsync(200);
    expect(await loaded).toBeUndefined();
  });

  it('waits once per tab: a second wait for the same tab gives nothing', async () => {
    const tab = tabWithStatus('loading');
    const first = whenLoaded(1);
    expect(await whenLoaded(1)).toBeUndefined();
    tab.status = 'complete';
    await vi.advanceTimersByTimeAsync(100);
    expect(await first).toBe(STRAVA_RUN);
    // Done waiting: the tab's next load is waited for again.
    expect(await whenLoaded(1)).toBe(STRAVA_RUN);
  });
});

describe('readerAnswers and injectReader', () => {
  beforeEach(() => fakeBrowser.reset());

  function spyOnInjection(readerAnswers: boolean) {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
      if (!readerAnswers) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    }) as never);
    const scripting = { executeScript: vi.fn(async () => []) };
    (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
    return scripting.executeScript;
  }

  it('knows a reader is in the page only when it answers', async () => {
    spyOnInjection(true);
    expect(await readerAnswers(1)).toBe(true);
    spyOnInjection(false);
    expect(await readerAnswers(1)).toBe(false);
  });

  it('puts the page bridge, then the reader, into a Strava page', async () => {
    const executeScript = spyOnInjection(false);
    await injectReader(1, STRAVA_RUN);
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 1 }, files: ['/content-scripts/page-bridge.js'], world: 'MAIN' }],
      [{ target: { tabId: 1 }, files: ['/strava-reader.js'] }],
    ]);
  });

  it('puts only the reader into a Garmin Connect page (its bridge is in the manifest)', async () => {
    const executeScript = spyOnInjection(false);
    await injectReader(1, GARMIN_RUN);
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 1 }, files: ['/garmin-connect-reader.js'] }]]);
  });

  it('stays calm when the tab went away before the injection', async () => {
    const executeScript = spyOnInjection(false);
    executeScript.mockRejectedValueOnce(new Error('No tab with id: 1.'));
    await expect(injectReader(1, STRAVA_RUN)).resolves.toBeUndefined();
  });
});
