import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/start-background';
import { panelViewOf } from '../../../src/background/views';
import { isPanelUpdate, type PanelUpdate } from '../../../src/messages';
import type { RunFacts } from '../../../src/run/run-facts';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { leaveViewForPanel } from '../../../src/ui/pushed-view';
import type { TabState } from '../../../src/view-state/tab-state';
import { signalReason } from '../../../src/words/signal-words';
import { LONG_RUN_FACTS } from '../long-run-facts';
import { loadStored, seed } from '../stored';

const LONG_RUN_URL = 'https://www.strava.com/activities/12000000001';
const POPUP = 999;
const longRun: RunFacts = LONG_RUN_FACTS;
const easyRun: RunFacts = { ...longRun, activityId: '12000000002', distanceM: 6200, movingTimeS: 2196 };

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}

/** A message from our script in a tab showing a Strava page (or, for 999, from our popup). */
async function fromTab(tabId: number, message: unknown): Promise<unknown> {
  const fromPopup = tabId === POPUP;
  const sender = {
    id: fakeBrowser.runtime.id,
    url: fromPopup ? fakeBrowser.runtime.getURL('/popup.html') : LONG_RUN_URL,
    ...(fromPopup ? {} : { tab: { id: tabId } }),
  } as Browser.runtime.MessageSender;
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((answer: unknown) => answer !== undefined);
}

/** The tab's state as the popup sees it. */
async function stateFor(tabId: number): Promise<TabState | null> {
  return (await fromTab(POPUP, { type: 'get-tab-state', tabId })) as TabState | null;
}

describe('the background', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let panelInPage: boolean;

  /** Each time the panel's code went into a page. */
  const panelInjections = () =>
    executeScript.mock.calls.filter(([injection]) => String(injection.files).includes('/content-scripts/panel.js'));

  beforeEach(() => {
    fakeBrowser.reset();
    panelInPage = false;
    executeScript = vi.fn(async () => {
      panelInPage = true;
      return [];
    });
    fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
    // A tab answers `true` only once the panel's code is in it, as the real panel does.
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      if (!panelInPage) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    startBackground();
  });

  it('classifies a long run, keeps the tab state, sets the badge and injects the panel', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });

    const state = await stateFor(tabId);
    expect(state?.signals.map((signal) => signal.id)).toEqual(['long']);
    expect(state?.tips.length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(String(state?.tips.length));
    // The panel's words come first, as a script of their own: neither it nor the background holds any.
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/language-en.js', '/content-scripts/panel.js'],
    });
  });

  it('leaves the panel its first view just before its code, so the panel shows without asking', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    const calls = executeScript.mock.calls.map(([injection]) => injection as Record<string, unknown>);
    const viewAt = calls.findIndex((injection) => injection.func === leaveViewForPanel);
    const codeAt = calls.findIndex((injection) => String(injection.files).includes('panel.js'));
    expect(viewAt).toBeGreaterThanOrEqual(0);
    expect(viewAt).toBeLessThan(codeAt);
    const [json] = calls[viewAt]?.args as [string];
    const update: PanelUpdate = JSON.parse(json);
    expect(update).toEqual({ type: 'panel-update', view: panelViewOf(await stateFor(tabId)), locale: 'en' });
    expect(isPanelUpdate(update)).toBe(true);
  });

  it('gives the panel the language the runner chose, injecting its words when the page lacks them', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, language: 'pt' });
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/language-pt.js', '/content-scripts/panel.js'],
    });

    // The runner switches to Italian: the panel in the page has no Italian words yet, and says so.
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, message: unknown) => {
      sent.push(message);
      return sent.length === 1 ? 'needs-language' : true;
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await seed('settings', { ...DEFAULT_SETTINGS, language: 'it' });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId }, files: ['/language-it.js'] });
    expect(sent[1]).toMatchObject({ type: 'panel-update', locale: 'it', view: { state: { url: LONG_RUN_URL } } });
  });

  it('keeps state in session storage, so a restarted worker still knows the tab', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    expect(await fakeBrowser.storage.session.get(`tab-state:${tabId}`)).toHaveProperty(`tab-state:${tabId}`);
  });

  it('injects the panel once when the reader reports twice at the same moment', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const report = { type: 'run-seen', url: LONG_RUN_URL, run: longRun };
    await Promise.all([fromTab(tabId, report), fromTab(tabId, report)]);
    expect(panelInjections()).toHaveLength(1);
  });

  it('shows nothing for an everyday run: no badge, no panel', async () => {
    const url = 'https://www.strava.com/activities/12000000002';
    const tabId = await openTab(url);
    await fromTab(tabId, { type: 'run-seen', url, run: easyRun });

    expect((await stateFor(tabId))?.signals).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('forgets the run as soon as the page leaves it', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fromTab(tabId, { type: 'page-left', url: 'https://www.strava.com/activities/12000000002' });

    expect(await stateFor(tabId)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  describe('reading what a reader collected from the page (page-seen)', () => {
    /** What the Strava reader collects from the long run's page once the page model has come. */
    const longRunPage = {
      site: 'strava',
      model: { type: 'Run', distance: 21_100, moving_time: 6723, elapsed_time: 6940, measurement_preference: 'meters' },
      title: 'Sunday Long Run | Run | Strava',
    };
    const rendering = { site: 'strava', title: 'Strava', text: { heading: '', summary: { stats: [], startTime: '' } } };
    const seen = (tabId: number, page: unknown, settled = false) =>
      fromTab(tabId, { type: 'page-seen', url: LONG_RUN_URL, page, settled, firstInPage: true });

    it('reads the run, judges it and answers "read"', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      expect(await seen(tabId, longRunPage)).toBe('read');
      const state = await stateFor(tabId);
      expect(state?.run).toMatchObject({
        activityId: '12000000001',
        distanceM: 21_100,
        sources: { distanceM: 'page-model' },
      });
      expect(state?.signals.map((signal) => signal.id)).toEqual(['long']);
      expect(executeScript).toHaveBeenCalled();
    });

    it('answers "not yet" for a page still rendering its stats, and judges nothing of it', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      expect(await seen(tabId, rendering)).toBe('not-yet');
      expect(await stateFor(tabId)).toBeNull();
      expect(executeScript).not.toHaveBeenCalled();
    });

    it('once the reader waits no longer, says the page could not be read, with how reading went', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      executeScript.mockImplementationOnce(async () => [{ result: { summary: true, 'inline-stats': false } }]);
      const withoutDistance = { ...rendering, model: { type: 'Run', commute: false } };
      expect(await seen(tabId, withoutDistance, true)).toBe('read');
      const state = await stateFor(tabId);
      expect(state?.run).toMatchObject({ sport: 'run', sources: { sport: 'page-model' } });
      expect(state?.run?.distanceM).toBeUndefined();
      expect(state).toMatchObject({
        tips: [],
        trace: {
          checks: { 'page-data': true, summary: true, 'inline-stats': false },
          layers: ['page-model'],
          attributes: ['type', 'commute'],
        },
      });
    });

    describe('a run known by its title before its numbers show', () => {
      const runTitled = { ...rendering, title: 'Sunday Long Run | Run | Strava' };
      /** What the background left for the panel to show first, each time it put the panel's code in. */
      const viewsLeft = () =>
        executeScript.mock.calls
          .map(([injection]) => injection as { func?: unknown; args?: [string] })
          .filter((injection) => injection.func === leaveViewForPanel)
          .map((injection) => JSON.parse(injection.args?.[0] ?? 'null'));

      it('gets the panel’s code at once, empty; once read, that panel is told the run, not injected again', async () => {
        const tabId = await openTab(LONG_RUN_URL);
        expect(await seen(tabId, runTitled)).toBe('not-yet');
        await vi.waitFor(() => expect(panelInjections()).toHaveLength(1));
        expect(viewsLeft()).toEqual([{ type: 'panel-update', view: null }]);
        expect(await stateFor(tabId)).toBeNull();

        expect(await seen(tabId, longRunPage)).toBe('read');
        expect(panelInjections()).toHaveLength(1);
        expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
          tabId,
          expect.objectContaining({ type: 'panel-update', locale: 'en', view: panelViewOf(await stateFor(tabId)) }),
        );
      });

      it('gets it once however often the page changes before its numbers show', async () => {
        const tabId = await openTab(LONG_RUN_URL);
        for (let report = 0; report < 5; report++) expect(await seen(tabId, runTitled)).toBe('not-yet');
        await vi.waitFor(() => expect(panelInjections()).toHaveLength(1));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(panelInjections()).toHaveLength(1);
      });

      it.each([
        ['the runner shows the panel only from the popup', { ...DEFAULT_SETTINGS, showPanel: false }],
        ['the site is paused', { ...DEFAULT_SETTINGS, pausedSites: ['strava' as const] }],
      ])('gets nothing early where the panel would not show by itself: %s', async (_why, settings) => {
        await seed('settings', settings);
        const tabId = await openTab(LONG_RUN_URL);
        expect(await seen(tabId, runTitled)).toBe('not-yet');
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(executeScript).not.toHaveBeenCalled();
      });

      it('gets nothing early for a run the runner dismissed', async () => {
        await seed('dismissedRuns', ['strava:12000000001']);
        const tabId = await openTab(LONG_RUN_URL);
        expect(await seen(tabId, runTitled)).toBe('not-yet');
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(executeScript).not.toHaveBeenCalled();
      });

      it('injects the panel with the run when the page it was put in early has since loaded anew', async () => {
        const tabId = await openTab(LONG_RUN_URL);
        expect(await seen(tabId, runTitled)).toBe('not-yet');
        await vi.waitFor(() => expect(panelInjections()).toHaveLength(1));
        const tab = await fakeBrowser.tabs.get(tabId);
        await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { ...tab, status: 'loading' });
        panelInPage = false;
        expect(await seen(tabId, longRunPage)).toBe('read');
        expect(panelInjections()).toHaveLength(2);
        expect(viewsLeft().at(-1)).toMatchObject({
          type: 'panel-update',
          locale: 'en',
          view: { state: { url: LONG_RUN_URL } },
        });
      });
    });

    it('answers "not a run" for a ride its title names, so the reader stops at once', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      expect(await seen(tabId, { ...rendering, title: 'Lunch Ride | Ride | Strava' })).toBe('not-a-run');
      expect((await stateFor(tabId))?.run?.sport).toBe('other');
      expect(executeScript).not.toHaveBeenCalled();
    });

    it('leaves out any part of another shape, as if the page had not shown it', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      const forged = [
        { ...longRunPage, model: { ...longRunPage.model, distance: { valueOf: 21_100 } } },
        { ...longRunPage, model: { ...longRunPage.model, innerHTML: '<img>' } },
        { ...longRunPage, site: 'garmin-connect' },
        {
          ...rendering,
          text: { heading: 'Run', summary: { stats: [{ label: 'Distance', value: 'x'.repeat(5000) }] } },
        },
        { ...rendering, scripts: ['x'.repeat(1_000_001)] },
      ];
      for (const page of forged) expect(await seen(tabId, page)).toBe('not-yet');
      expect(await fromTab(tabId, { type: 'page-seen', url: LONG_RUN_URL, page: longRunPage })).toBeUndefined();
      expect(await stateFor(tabId)).toBeNull();
    });

    it('takes nothing from a page that is not an activity', async () => {
      const tabId = await openTab('https://www.strava.com/dashboard');
      const url = 'https://www.strava.com/dashboard';
      expect(await fromTab(tabId, { type: 'page-seen', url, page: longRunPage, settled: true })).toBe('not-yet');
      expect(await stateFor(tabId)).toBeNull();
    });
  });

  it('remembers that an activity page could not be read, and shows nothing for it', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: null });

    expect(await stateFor(tabId)).toMatchObject({ url: LONG_RUN_URL, run: null, signals: [], tips: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('on a paused site, neither looks into a page it could not read nor offers a report', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, pausedSites: ['strava'] });
    const tabId = await openTab(LONG_RUN_URL);
    const trace = { checks: { 'page-data': true }, layers: ['page-model'], attributes: ['type'] };
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: null, trace });

    const state = await stateFor(tabId);
    expect(state).toMatchObject({ paused: true, site: 'strava', signals: [] });
    expect(state?.pageReport).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('keeps how the reader went about a page it could not read, for the page report', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const trace = { checks: { 'page-data': true }, layers: ['page-model'], attributes: ['type'] };
    // What the page had, by the site's named checks run in the tab.
    executeScript.mockImplementationOnce(async () => [{ result: { summary: true, 'inline-stats': false } }]);
    const noDistance = { ...longRun, distanceM: undefined, sources: { sport: 'page-model' } };
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: noDistance, trace });

    expect(await stateFor(tabId)).toMatchObject({
      signals: [],
      tips: [],
      trace: { ...trace, checks: { 'page-data': true, summary: true, 'inline-stats': false } },
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    // The checks ran in the page, with the activity's id; no panel was put there.
    expect(executeScript).toHaveBeenCalledOnce();
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId },
        args: [expect.objectContaining({ selectors: expect.any(Object) }), '12000000001'],
      }),
    );
    // Not logged: a run without its distance would skew the runner's baseline.
    expect(await loadStored('history')).toEqual([]);

    // Read after all (the page rendered its numbers): the trace goes, whatever came with the report.
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun, trace });
    expect(await stateFor(tabId)).not.toHaveProperty('trace');
  });

  it('refuses a report whose trace carries more than names', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: null });
    const forged = { checks: { summary: true }, layers: [], attributes: ['Jane Doe, Paris'] };
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun, trace: forged });
    expect(await stateFor(tabId)).toMatchObject({ run: null, signals: [] });
    expect(await stateFor(tabId)).not.toHaveProperty('trace');
  });

  it('takes no report of a run from a page that is not an activity', async () => {
    const tabId = await openTab('https://www.strava.com/dashboard');
    await fromTab(tabId, { type: 'run-seen', url: 'https://www.strava.com/dashboard', run: longRun });
    expect(await fakeBrowser.storage.session.get(`tab-state:${tabId}`)).toEqual({});
  });

  it('does not hand out a run for a tab that has moved on to another page', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.strava.com/activities/12000000009' });
    expect(await stateFor(tabId)).toBeNull();
  });

  it('logs each run once in the local history, however often it is opened', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const report = { type: 'run-seen', url: LONG_RUN_URL, run: longRun };
    await fromTab(tabId, report);
    await fromTab(tabId, report);
    const easyUrl = 'https://www.strava.com/activities/12000000002';
    await fromTab(await openTab(easyUrl), { type: 'run-seen', url: easyUrl, run: easyRun });

    const history = await loadStored('history');
    expect(history.map((entry) => entry.key)).toEqual(['strava:12000000001', 'strava:12000000002']);
    expect(history[0]?.signals).toEqual(['long']);
  });

  it('keeps rides out of the history', async () => {
    const url = 'https://www.strava.com/activities/4';
    const tabId = await openTab(url);
    await fromTab(tabId, { type: 'run-seen', url, run: { ...longRun, activityId: '4', sport: 'other' } });
    expect(await loadStored('history')).toEqual([]);
  });

  it('judges by the runner’s own history: after five 4 km runs, 6 km is long', async () => {
    for (let day = 1; day <= 5; day++) {
      const url = `https://www.strava.com/activities/${day}`;
      const run: RunFacts = {
        ...easyRun,
        activityId: String(day),
        distanceM: 4000,
        movingTimeS: 1600,
        startTime: `2025-10-0${day}T07:00:00Z`,
      };
      await fromTab(await openTab(url), { type: 'run-seen', url, run });
    }
    const url = 'https://www.strava.com/activities/6';
    const tabId = await openTab(url);
    const sixK: RunFacts = {
      ...easyRun,
      activityId: '6',
      distanceM: 6000,
      movingTimeS: 2400,
      startTime: '2025-10-09T07:00:00Z',
    };
    await fromTab(tabId, { type: 'run-seen', url, run: sixK });
    const [long] = (await stateFor(tabId))?.signals ?? [];
    expect(long?.id).toBe('long');
    expect(long && signalReason(long, 'metric')).toBe('6.0 km — 1.5× your usual 4.0 km (runs seen in this browser)');
  });

  it('judges someone else’s run on the runner’s marks alone, and keeps it out of their history', async () => {
    const fourKs: RunFacts[] = [1, 2, 3, 4, 5].map((day) => ({
      ...easyRun,
      activityId: String(day),
      distanceM: 4000,
      movingTimeS: 1600,
      startTime: `2025-10-0${day}T07:00:00Z`,
      athlete: 'you',
    }));
    for (const run of fourKs) {
      const url = `https://www.strava.com/activities/${run.activityId}`;
      await fromTab(await openTab(url), { type: 'run-seen', url, run });
    }
    // A friend's 6 km the day after: not long on the 15 km mark, and not "back to back" for this runner.
    const url = 'https://www.strava.com/activities/6';
    const tabId = await openTab(url);
    const friendsRun: RunFacts = {
      ...easyRun,
      activityId: '6',
      distanceM: 6000,
      movingTimeS: 2400,
      startTime: '2025-10-06T07:00:00Z',
      athlete: 'someone-else',
    };
    await fromTab(tabId, { type: 'run-seen', url, run: friendsRun });
    expect((await stateFor(tabId))?.signals).toEqual([]);
    expect((await loadStored('history')).map((entry) => entry.activityId)).toEqual(['1', '2', '3', '4', '5']);

    // The same run as the runner's own is long against their usual 4 km (the day before was an
    // easy 4 km: no "back to back" for an experienced runner).
    const ownUrl = 'https://www.strava.com/activities/7';
    const ownTab = await openTab(ownUrl);
    await fromTab(ownTab, { type: 'run-seen', url: ownUrl, run: { ...friendsRun, activityId: '7', athlete: 'you' } });
    expect((await stateFor(ownTab))?.signals.map((signal) => signal.id)).toEqual(['long']);
    expect(await loadStored('history')).toHaveLength(6);
  });

  it('takes a run back out of the history once the page says it is someone else’s', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    // The rendered text is read first; the page model, which says whose run it is, comes after.
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    expect(await loadStored('history')).toHaveLength(1);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: { ...longRun, athlete: 'someone-else' } });
    expect(await loadStored('history')).toEqual([]);
    expect((await stateFor(tabId))?.signals.map((signal) => signal.id)).toEqual(['long']);
  });

  it('remembers "not for this run": no panel for that activity, even after a reload', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fromTab(tabId, { type: 'dismiss-run' });
    expect((await stateFor(tabId))?.dismissed).toBe(true);

    executeScript.mockClear();
    panelInPage = false;
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: { ...longRun, movingTimeS: 6724 } });
    expect((await stateFor(tabId))?.dismissed).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
    // The badge still says there are tips, so the popup can bring them back.
    expect(await fakeBrowser.action.getBadgeText({ tabId })).not.toBe('');
  });

  it('brings the panel back on "show on page"', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fromTab(tabId, { type: 'dismiss-run' });
    panelInPage = false;
    executeScript.mockClear();
    await fromTab(POPUP, { type: 'show-on-page', tabId });
    expect((await stateFor(tabId))?.dismissed).toBe(false);
    expect(panelInjections()).toHaveLength(1);
  });

  it('leaves the panel to the popup when the runner turned automatic showing off', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, showPanel: false });
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).not.toBe('');
  });

  it('applies new settings to open runs at once: pausing a site clears its badge and logs nothing', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await seed('settings', { ...DEFAULT_SETTINGS, pausedSites: ['strava'] });
    await vi.waitFor(async () => expect((await stateFor(tabId))?.paused).toBe(true));
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');

    const url = 'https://www.strava.com/activities/7';
    await fromTab(await openTab(url), { type: 'run-seen', url, run: { ...longRun, activityId: '7' } });
    expect((await loadStored('history')).map((entry) => entry.activityId)).toEqual(['12000000001']);
  });

  it('opens the side panel for the tab whose panel asked, where the browser has one', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    // WXT's fake browser has no side panel, like Firefox.
    const withSidePanel = fakeBrowser as unknown as { sidePanel?: unknown };
    expect(await fromTab(tabId, { type: 'open-side-panel' })).toBe(false);
    const open = vi.fn(async () => undefined);
    withSidePanel.sidePanel = { open };
    try {
      expect(await fromTab(tabId, { type: 'open-side-panel' })).toBe(true);
      expect(open).toHaveBeenCalledWith({ tabId });
    } finally {
      delete withSidePanel.sidePanel;
    }
  });

  it('keeps a check-in with its run, one per activity, and shows it in the tab state', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fromTab(tabId, { type: 'save-check-in', answer: { soreness: 'mild', areas: [], redFlags: [] } });
    await fromTab(POPUP, {
      type: 'save-check-in',
      tabId,
      answer: { soreness: 'severe', areas: ['mid-back'], redFlags: [] },
    });

    const checkIns = await loadStored('checkIns');
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]).toMatchObject({
      key: 'strava:12000000001',
      soreness: 'severe',
      areas: ['mid-back'],
      signals: ['long'],
    });
    expect((await stateFor(tabId))?.checkIn?.soreness).toBe('severe');
  });

  it('refuses a check-in of the wrong shape', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    await fromTab(tabId, { type: 'save-check-in', answer: { soreness: 'agony', areas: [], redFlags: [] } });
    await fromTab(tabId, { type: 'save-check-in', answer: { soreness: 'mild', areas: ['<img>'], redFlags: [] } });
    expect(await loadStored('checkIns')).toEqual([]);
  });

  it('takes no check-in for someone else’s run: it is not the runner’s back', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: { ...longRun, athlete: 'someone-else' } });
    await fromTab(tabId, { type: 'save-check-in', answer: { soreness: 'mild', areas: [], redFlags: [] } });
    expect(await loadStored('checkIns')).toEqual([]);
    expect((await stateFor(tabId))?.checkIn).toBeNull();
  });

  it('ranks tips for this runner once check-ins link a signal with pain', async () => {
    const checkIns = Array.from({ length: 8 }, (_, index) => ({
      key: `strava:${index + 100}`,
      site: 'strava',
      activityId: String(index + 100),
      run: { sport: 'run' },
      signals: index < 4 ? ['long'] : [],
      soreness: index < 4 ? 'moderate' : 'none',
      areas: [],
      redFlags: [],
      recordedAt: index + 1,
      updatedAt: index + 1,
    }));
    await fakeBrowser.storage.local.set({ checkIns });
    const tabId = await openTab(LONG_RUN_URL);
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    const state = await stateFor(tabId);
    expect(state?.painLinked).toEqual(['long']);
    expect(state?.tips[0]?.personal).toBe(true);
  });

  it('puts the reader and the page bridge into an activity page once it has loaded, and nothing into other pages', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const loaded = {
      id: tabId,
      index: 0,
      highlighted: false,
      active: true,
      pinned: false,
      incognito: false,
      status: 'complete',
    };
    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { status: 'complete' },
      { ...loaded, url: 'https://www.strava.com/dashboard' },
    );
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { ...loaded, url: LONG_RUN_URL });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
    expect(executeScript).toHaveBeenNthCalledWith(1, {
      target: { tabId },
      files: ['/content-scripts/page-bridge.js'],
      world: 'MAIN',
    });
    expect(executeScript).toHaveBeenNthCalledWith(2, {
      target: { tabId },
      files: ['/strava-reader.js'],
    });
  });

  it('leaves a loaded activity page alone whose reader already answers', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    // The reader in the page answers the background's "are you there?".
    panelInPage = true;
    const tab = { id: tabId, url: LONG_RUN_URL, status: 'complete', index: 0, highlighted: false, active: true };
    await fakeBrowser.tabs.onUpdated.trigger(
      tabId,
      { status: 'complete' },
      { ...tab, pinned: false, incognito: false },
    );
    await vi.waitFor(() => expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(executeScript).not.toHaveBeenCalled();
  });

  describe('a ride known by its title', () => {
    const RIDE_URL = 'https://www.strava.com/activities/12000000004';
    const RIDE_TITLE = 'Lunch Ride | Ride | Strava';

    /** The tab as the browser would give it: at `url`, loaded, with `title`. */
    function showInTab(tabId: number, url: string, title: string) {
      vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: tabId, url, title, status: 'complete' } as never);
      const tab = { id: tabId, url, title, status: 'complete', index: 0, highlighted: false, active: true };
      return fakeBrowser.tabs.onUpdated.trigger(
        tabId,
        { status: 'complete' },
        { ...tab, pinned: false, incognito: false },
      );
    }

    it('takes a loaded page whose title names a ride for no run, and puts none of our code in it', async () => {
      const tabId = await openTab(RIDE_URL);
      await showInTab(tabId, RIDE_URL, RIDE_TITLE);
      await vi.waitFor(async () => expect((await stateFor(tabId))?.run).toMatchObject({ sport: 'other' }));
      expect((await stateFor(tabId))?.run?.sources).toEqual({ sport: 'page-text' });
      expect(executeScript).not.toHaveBeenCalled();
    });

    it('reads in full a page whose title may still be the previous activity’s, after an in-place move', async () => {
      const tabId = await openTab(RIDE_URL);
      await showInTab(tabId, RIDE_URL, RIDE_TITLE);
      await vi.waitFor(async () => expect((await stateFor(tabId))?.run?.sport).toBe('other'));
      // The site's app moves on to a run in place; the title still names the ride.
      await showInTab(tabId, LONG_RUN_URL, RIDE_TITLE);
      await vi.waitFor(() =>
        expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/strava-reader.js'] }),
      );
    });

    it('reads in full a page whose title names a run (with the panel’s code beside the reader), or names nothing', async () => {
      for (const [title, panels] of [
        ['Sunday Long Run | Run | Strava', 1],
        ['Strava', 0],
      ] as const) {
        // A page of its own: nothing of ours is in it yet.
        panelInPage = false;
        executeScript.mockClear();
        const tabId = await openTab(LONG_RUN_URL);
        await showInTab(tabId, LONG_RUN_URL, title);
        await vi.waitFor(() =>
          expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/strava-reader.js'] }),
        );
        await vi.waitFor(() => expect(panelInjections()).toHaveLength(panels));
        expect(await stateFor(tabId)).toBeNull();
      }
    });
  });

  it('takes requests only from senders allowed to make them', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const trigger = (message: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender);
    const report = { type: 'run-seen', url: LONG_RUN_URL, run: longRun };
    await trigger(report, { id: 'another-extension', url: LONG_RUN_URL, tab: { id: tabId } });
    await trigger(report, { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: tabId } });
    await trigger(
      { type: 'show-on-page', tabId },
      { id: fakeBrowser.runtime.id, url: LONG_RUN_URL, tab: { id: tabId } },
    );
    expect(await stateFor(tabId)).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('lets a page ask only about its own tab', async () => {
    const runTab = await openTab(LONG_RUN_URL);
    const otherTab = await openTab(LONG_RUN_URL);
    await fromTab(runTab, { type: 'run-seen', url: LONG_RUN_URL, run: longRun });
    // A tab's state is for our own pages; a page gets its own panel's view, nothing of another tab.
    expect(await fromTab(otherTab, { type: 'get-tab-state', tabId: runTab })).toBeUndefined();
    expect(await fromTab(otherTab, { type: 'get-panel-view' })).toEqual({ view: null, locale: 'en' });
    expect(await fromTab(runTab, { type: 'get-panel-view' })).toMatchObject({
      view: { state: { run: { activityId: '12000000001' } }, headlineSelector: '.activity-summary-container' },
    });
    await fromTab(otherTab, {
      type: 'save-check-in',
      tabId: runTab,
      answer: { soreness: 'moderate', areas: [], redFlags: [] },
    });
    expect((await stateFor(runTab))?.checkIn).toBeFalsy();
  });

  it('rebuilds a reported run from known fields in range, whatever a forged report carries', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    const forged = {
      ...longRun,
      distanceM: '21100',
      movingTimeS: 6723,
      avgHeartRate: 900,
      gear: { name: '<img src=x onerror=alert(1)>'.repeat(20), distanceM: 1 },
      sources: { distanceM: 'made-up', movingTimeS: 'page-text' },
      extra: { nested: true },
    };
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: forged });
    const run = (await stateFor(tabId))?.run;
    expect(run).toEqual({
      site: 'strava',
      activityId: '12000000001',
      sport: 'run',
      movingTimeS: 6723,
      // Shown as text, never as markup, and shortened.
      gear: { name: forged.gear.name.slice(0, 120), distanceM: 1 },
      sources: { movingTimeS: 'page-text' },
    });
    await fromTab(tabId, { type: 'run-seen', url: LONG_RUN_URL, run: { site: 'evil', sport: 'run' } });
    expect((await stateFor(tabId))?.run).toBeNull();
  });

  it('ignores messages it does not know', async () => {
    const tabId = await openTab(LONG_RUN_URL);
    expect(await fromTab(tabId, { type: 'make-coffee' })).toBeUndefined();
    expect(await fromTab(tabId, 'run-seen')).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  describe('as the one writer of stored data', () => {
    const runOf = (activityId: number): RunFacts => ({ ...longRun, activityId: String(activityId) });
    const urlOf = (run: RunFacts) => `https://www.strava.com/activities/${run.activityId}`;
    const keysOf = (runs: RunFacts[]) => runs.map((run) => `strava:${run.activityId}`).sort();

    it('loses no check-in, dismissal or logged run when two tabs save at the same moment, 50 times', async () => {
      const tabA = await openTab(LONG_RUN_URL);
      const tabB = await openTab(LONG_RUN_URL);
      const seen: RunFacts[] = [];
      for (let round = 0; round < 50; round++) {
        const [runA, runB] = [runOf(13_000_000_000 + round), runOf(14_000_000_000 + round)];
        seen.push(runA, runB);
        await Promise.all([
          fromTab(tabA, { type: 'run-seen', url: urlOf(runA), run: runA }),
          fromTab(tabB, { type: 'run-seen', url: urlOf(runB), run: runB }),
        ]);
        await Promise.all([
          fromTab(tabA, { type: 'save-check-in', answer: { soreness: 'mild', areas: ['mid-back'], redFlags: [] } }),
          fromTab(tabB, { type: 'save-check-in', answer: { soreness: 'none', areas: [], redFlags: [] } }),
          fromTab(tabA, { type: 'dismiss-run' }),
          fromTab(tabB, { type: 'dismiss-run' }),
        ]);
      }

      expect((await loadStored('checkIns')).map((checkIn) => checkIn.key).sort()).toEqual(keysOf(seen));
      expect([...(await loadStored('dismissedRuns'))].sort()).toEqual(keysOf(seen));
      expect((await loadStored('history')).map((entry) => entry.key).sort()).toEqual(keysOf(seen));
    });

    it('writes nothing for a change that changes nothing', async () => {
      expect(await fromTab(POPUP, { type: 'pause-site', site: 'strava', paused: true })).toBe('saved');
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      expect(await fromTab(POPUP, { type: 'pause-site', site: 'strava', paused: true })).toBe('unchanged');
      expect(await fromTab(POPUP, { type: 'change-settings', change: { units: 'auto' } })).toBe('unchanged');
      expect(set).not.toHaveBeenCalled();
    });

    it('changes only the marks a view names, keeping the others as stored', async () => {
      await seed('settings', { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, hotC: 30 } });
      await fromTab(POPUP, { type: 'change-settings', change: { thresholds: { longDistanceM: 21_000 } } });
      expect((await loadStored('settings')).thresholds).toMatchObject({ longDistanceM: 21_000, hotC: 30 });
    });

    it('keeps both of two settings changes made at the same moment from two views', async () => {
      await Promise.all([
        fromTab(POPUP, { type: 'pause-site', site: 'garmin-connect', paused: true }),
        fromTab(POPUP, { type: 'change-settings', change: { units: 'mi' } }),
        fromTab(POPUP, { type: 'change-settings', change: { showFolklore: true } }),
      ]);
      expect(await loadStored('settings')).toMatchObject({
        pausedSites: ['garmin-connect'],
        units: 'mi',
        showFolklore: true,
      });
    });

    it('imports a file and deletes everything on request, keeping the settings', async () => {
      const file = JSON.stringify({
        format: 'backstride-export',
        version: 1,
        settings: { ...DEFAULT_SETTINGS, units: 'mi' },
        dismissedRuns: ['strava:5', 'not a key'],
      });
      expect(await fromTab(POPUP, { type: 'import-data', text: file })).toEqual({
        ok: true,
        outcome: 'saved',
        runs: 0,
        checkIns: 0,
      });
      expect(await loadStored('dismissedRuns')).toEqual(['strava:5']);
      expect(await fromTab(POPUP, { type: 'import-data', text: '{}' })).toEqual({ ok: false, problem: 'not-ours' });

      await fromTab(POPUP, { type: 'delete-all' });
      expect(await loadStored('dismissedRuns')).toEqual([]);
      expect((await loadStored('settings')).units).toBe('mi');
    });

    it('takes changes to stored data only from its own pages, never from a web page', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      for (const request of [
        { type: 'change-settings', change: { units: 'mi' } },
        { type: 'pause-site', site: 'strava', paused: true },
        {
          type: 'import-data',
          text: JSON.stringify({ format: 'backstride-export', version: 1, dismissedRuns: ['strava:1'] }),
        },
        { type: 'delete-all' },
      ]) {
        expect(await fromTab(tabId, request)).toBeUndefined();
      }
      expect(await loadStored('settings')).toEqual(DEFAULT_SETTINGS);
      expect(await loadStored('dismissedRuns')).toEqual([]);
    });
  });

  describe("with the runner's activity list", () => {
    const listedRun = (id: number, date: string, distanceM: number, sport = 'run') => ({
      site: 'strava',
      activityId: String(id),
      sport,
      startTime: `${date}T07:00:00`,
      distanceM,
      movingTimeS: distanceM * 0.33,
    });
    // Every third day from 15 October to 17 November: the list spans the 30 days before 20 November.
    const month = Array.from({ length: 12 }, (_, index) =>
      listedRun(
        15_000_000_000 + index,
        new Date(Date.UTC(2025, 9, 15 + 3 * index)).toISOString().slice(0, 10),
        index === 5 ? 17_000 : 8000,
      ),
    );

    it('logs the runs of a list page, records the days it covers, and judges an open run again', async () => {
      const url = 'https://www.strava.com/activities/15100000000';
      const tabId = await openTab(url);
      const longer: RunFacts = {
        ...longRun,
        activityId: '15100000000',
        distanceM: 24_000,
        startTime: '2025-11-20T08:00:00',
      };
      await fromTab(tabId, { type: 'run-seen', url, run: longer });
      expect((await stateFor(tabId))?.signals.map((signal) => signal.id)).not.toContain('spike');

      const ride = listedRun(16_000_000_000, '2025-11-15', 90_000, 'other');
      await fromTab(tabId, { type: 'runs-listed', runs: [...month, ride, { forged: true }], span: 'to-today' });

      const history = await loadStored('history');
      expect(history.filter((entry) => entry.from === 'list')).toHaveLength(12);
      expect(history.some((entry) => entry.activityId === '16000000000')).toBe(false);
      expect(await loadStored('historyCoverage')).toHaveLength(1);
      await vi.waitFor(async () =>
        expect((await stateFor(tabId))?.signals.map((signal) => signal.id)).toContain('spike'),
      );
    });

    it('covers only the days strictly inside a list page, and drops runs dated after tomorrow', async () => {
      const tabId = await openTab(LONG_RUN_URL);
      const future = listedRun(17_000_000_000, '2099-01-01', 9000);
      await fromTab(tabId, { type: 'runs-listed', runs: [...month, future], span: 'between' });
      expect((await loadStored('history')).some((entry) => entry.activityId === '17000000000')).toBe(false);
      const [covered] = await loadStored('historyCoverage');
      const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(covered).toEqual({ from: 'list', firstDay: day('2025-10-16'), lastDay: day('2025-11-16') });
    });

    it('never lets a list line replace a run read from its own page', async () => {
      const url = 'https://www.strava.com/activities/15000000005';
      const tabId = await openTab(url);
      await fromTab(tabId, {
        type: 'run-seen',
        url,
        run: { ...longRun, activityId: '15000000005', distanceM: 17_000 },
      });
      await fromTab(tabId, { type: 'runs-listed', runs: month, span: 'none' });
      const entry = (await loadStored('history')).find((kept) => kept.activityId === '15000000005');
      expect(entry).toMatchObject({ from: 'page', signals: ['long'] });
      expect(await loadStored('historyCoverage')).toEqual([]);
    });

    it('imports the runs of an export from the options page, and answers how many were new', async () => {
      expect(await fromTab(POPUP, { type: 'import-history', runs: month, span: 'between' })).toEqual({
        added: 12,
        outcome: 'saved',
      });
      expect(await fromTab(POPUP, { type: 'import-history', runs: month, span: 'between' })).toEqual({
        added: 0,
        outcome: 'unchanged',
      });
      expect((await loadStored('history')).every((entry) => entry.from === 'import')).toBe(true);
      const tabId = await openTab(LONG_RUN_URL);
      expect(await fromTab(tabId, { type: 'import-history', runs: month, span: 'between' })).toBeUndefined();
    });
  });
});
