import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { evaluateRun } from '../../../src/background/evaluate-run';
import { panelViewOf } from '../../../src/background/views';
import type { Locale } from '../../../src/locales';
import type { PanelUpdate } from '../../../src/messages';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { PANEL_ELEMENT, startInPagePanel } from '../../../src/ui/in-page-panel';
import { leaveViewForPanel, takePushedView } from '../../../src/ui/pushed-view';
import type { PanelView, TabState } from '../../../src/view-state/tab-state';
import { LANGUAGES } from '../../../src/words/all-languages';
import { offerLanguage } from '../../../src/words/offered-language';
import { LONG_RUN_FACTS } from '../long-run-facts';

const URL = 'https://www.strava.com/activities/12000000001';
const longRun = evaluateRun(URL, LONG_RUN_FACTS, { settings: DEFAULT_SETTINGS });
const panels = () => document.querySelectorAll(PANEL_ELEMENT).length;

/** The panel's question to the background, answered when the test says so. */
function holdStateRequest() {
  let answer!: (state: TabState | null) => void;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (() =>
      new Promise<TabState | null>((resolve) => {
        answer = resolve;
      })) as never,
  );
  return (state: TabState | null, locale: Locale = 'en') => answer({ view: panelViewOf(state), locale } as never);
}

/** Sends the panel an update as the background does; resolves with the panel's answer. */
async function pushUpdate(state: TabState | null, locale: Locale = 'en'): Promise<unknown> {
  const view = panelViewOf(state);
  const update: PanelUpdate = view === null ? { type: 'panel-update', view } : { type: 'panel-update', view, locale };
  // The panel answers with sendResponse, which the fake passes on but does not type.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  let answered: unknown;
  await trigger(update, {}, (answer: unknown) => {
    answered = answer;
  });
  return answered;
}

const panelLanguage = () =>
  document
    .querySelector(PANEL_ELEMENT)
    ?.shadowRoot?.querySelector('[data-testid="backstride-panel"]')
    ?.getAttribute('lang');

describe('startInPagePanel', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx?.abort();
    ctx = new ContentScriptContext('panel');
    document.body.replaceChildren();
    // As the background does, the words are injected into the page before the panel's code.
    offerLanguage(LANGUAGES.en);
  });

  it('shows the run it is asked for', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    answer(longRun);
    await started;
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('injected again, takes over from the copy already running and shows the state as it is now', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    answer(longRun);
    await started;
    await waitFor(() => expect(panels()).toBe(1));

    // The background injects the panel's code again (it does so without asking on a page it
    // takes for fresh); the tab's state has moved on since. WXT's new context retires the old.
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ view: null, locale: 'en' } as never);
    ctx = new ContentScriptContext('panel');
    await startInPagePanel(ctx, '');
    expect(ask).toHaveBeenCalledWith({ type: 'get-panel-view', speaks: 'en' });
    await waitFor(() => expect(panels()).toBe(0));
    // The old copy no longer follows updates: one panel, the new copy's.
    await pushUpdate(longRun);
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('shows the view the background left beside its code at once, without asking for it', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const update: PanelUpdate = { type: 'panel-update', view: panelViewOf(longRun) as PanelView, locale: 'en' };
    leaveViewForPanel(JSON.stringify(update));
    await startInPagePanel(ctx, '');
    await waitFor(() => expect(panels()).toBe(1));
    expect(ask).not.toHaveBeenCalled();
    // Taken once: a copy injected later asks, as the view may have moved on.
    expect(takePushedView()).toBeUndefined();
  });

  it('leaves no view lying when it arrives after the panel started, for a later copy to take stale', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    answer(longRun);
    await started;
    // The background's view comes second this time: the panel already asked for its own.
    leaveViewForPanel(JSON.stringify({ type: 'panel-update', view: null } satisfies PanelUpdate));
    expect(takePushedView()).toBeUndefined();
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('put in warm with an empty view, shows nothing and asks nothing until it is told', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    leaveViewForPanel(JSON.stringify({ type: 'panel-update', view: null } satisfies PanelUpdate));
    await startInPagePanel(ctx, '');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panels()).toBe(0);
    expect(ask).not.toHaveBeenCalled();
    expect(await pushUpdate(longRun)).toBe(true);
    await waitFor(() => expect(panels()).toBe(1));
  });

  it.each([
    ['no panel update', JSON.stringify({ type: 'panel-update', view: 'a run', locale: 'en' })],
    ['no JSON', '{"type":"panel-update",'],
  ])('asks, as without one, when what was left beside it is %s', async (_what, left) => {
    const answer = holdStateRequest();
    leaveViewForPanel(left);
    const started = startInPagePanel(ctx, '');
    answer(longRun);
    await started;
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('shows nothing, and throws nothing, when the extension is gone before it answers', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(startInPagePanel(ctx, '')).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panels()).toBe(0);
    // And it still follows the next update.
    await pushUpdate(longRun);
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('keeps an update that came while it asked for the state, not the older answer', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    // The runner left the run (or hid it) just after the background read the state it sends.
    await pushUpdate(null);
    answer(longRun);
    await started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panels()).toBe(0);
  });

  it('shows a run pushed while it asked, though the answer said there was none', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    await pushUpdate(longRun);
    answer(null);
    await started;
    await waitFor(() => expect(panels()).toBe(1));
  });

  it('asks for the words of a language it was not offered, and speaks it once they are there', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    answer(longRun);
    await started;
    await waitFor(() => expect(panelLanguage()).toBe('en'));

    // The runner picked German in the options: the page has no German words yet.
    expect(await pushUpdate(longRun, 'de')).toBe('needs-language');
    expect(panelLanguage()).toBe('en');
    offerLanguage(LANGUAGES.de);
    expect(await pushUpdate(longRun, 'de')).toBe(true);
    await waitFor(() => expect(panelLanguage()).toBe('de'));
  });

  it('shows nothing, and throws nothing, when the answer is in a language whose words never came', async () => {
    const answer = holdStateRequest();
    const started = startInPagePanel(ctx, '');
    answer(longRun, 'it');
    await expect(started).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panels()).toBe(0);
  });
});
