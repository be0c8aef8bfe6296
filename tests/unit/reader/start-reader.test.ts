import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeMessage } from '../../../src/bridge/protocol';
import { type PageReport, startReader } from '../../../src/reader/start-reader';
import type { ReadingTrace } from '../../../src/report/reading-trace';
import type { RunFacts } from '../../../src/run/run-facts';
import { interpretPage } from '../../../src/sites/interpret-page';
import { stravaCollector } from '../../../src/sites/strava/collect-page';
import { fixtureHtml } from '../../fixtures/fixture-files';
import { stravaPage } from '../../fixtures/strava/pages';

type Report = ['read', url: string, run: RunFacts | null] | ['left', url: string];

/** Puts a fixture page into happy-dom's document, as the browser would after a navigation. */
function showPage(file: string, url: string) {
  const parsed = new DOMParser().parseFromString(fixtureHtml('strava', file), 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/**
 * The background as the reader meets it: each report goes through a message (JSON, as in
 * Chrome), is read, and answered; what it read is passed to `seen`.
 */
function background(seen: (url: string, run: RunFacts | null, trace?: ReadingTrace) => void) {
  return async ({ url, page, settled }: PageReport) => {
    const reading = interpretPage(url, JSON.parse(JSON.stringify(page)), settled);
    if (reading === null || reading.verdict === 'not-yet') return reading?.verdict;
    seen(url, reading.run ?? null, reading.trace);
    return reading.verdict;
  };
}

function postFromPage(data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, source: window }));
}

describe('startReader', () => {
  let reports: Report[];
  let stop: AbortController;
  let readPage: (url: string) => Promise<void>;

  beforeEach(() => {
    reports = [];
    stop = new AbortController();
    readPage = startReader({
      window,
      collector: stravaCollector,
      signal: stop.signal,
      report: background((url, run) => reports.push(['read', url, run])),
      left: (url) => reports.push(['left', url]),
    });
  });

  afterEach(() => stop.abort());

  it('reads the activity on the page and reports it once', async () => {
    const page = stravaPage('run-long-metric-en.html');
    showPage(page.file, page.url);
    await readPage(page.url);
    await readPage(page.url);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.[2]).toMatchObject({ activityId: '12000000001', distanceM: 21_100 });
  });

  it('takes a ride for what its title says at once: reads no stat, asks the page for nothing, watches nothing', async () => {
    const page = stravaPage('ride-metric-en.html');
    showPage(page.file, page.url);
    const asked = vi.fn();
    window.addEventListener('message', asked);
    const watching = vi.spyOn(window, 'MutationObserver');
    await readPage(page.url);
    window.removeEventListener('message', asked);
    expect(reports).toEqual([['read', page.url, expect.objectContaining({ sport: 'other' })]]);
    expect(asked).not.toHaveBeenCalled();
    expect(watching).not.toHaveBeenCalled();
  });

  it('reads in full a ride whose title is still the previous activity’s after an in-page move', async () => {
    const run = stravaPage('run-long-metric-en.html');
    const ride = stravaPage('ride-metric-en.html');
    showPage(run.file, run.url);
    await readPage(run.url);
    // The app moved to the ride in place, and its title still names the run (no sport of a ride).
    const runTitle = document.title;
    showPage(ride.file, ride.url);
    document.title = runTitle;
    await readPage(ride.url);
    expect(reports.at(-1)?.[2]).toMatchObject({ sport: 'other', distanceM: expect.any(Number) });
  });

  it('clears the previous activity at once on an in-page navigation, then reads the new one', async () => {
    const first = stravaPage('run-long-metric-en.html');
    const second = stravaPage('run-dom-only-metric-en.html');
    showPage(first.file, first.url);
    await readPage(first.url);

    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(second.url);
    const reading = readPage(second.url);
    // The old activity's page is still on screen: nothing is read from it for the new URL.
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(reports[1]).toEqual(['left', second.url]);

    showPage(second.file, second.url);
    await reading;
    expect(reports[2]?.[2]).toMatchObject({ activityId: '12000000017', distanceM: 8500 });
  });

  it('does not take the old page for an activity it merely links to', async () => {
    const first = stravaPage('run-long-metric-en.html');
    const linked = stravaPage('run-easy-metric-en.html');
    showPage(first.file, first.url);
    await readPage(first.url);
    // The long run's page lists the easy run among "your other activities": a link to it is
    // not its page.
    expect(document.querySelector(`a[href="${new URL(linked.url).pathname}"]`)).not.toBeNull();

    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(linked.url);
    const reading = readPage(linked.url);
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    expect(reports[1]).toEqual(['left', linked.url]);
    // Time for the reader to have read, had it taken the old page for the new activity.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reports).toHaveLength(2);

    showPage(linked.file, linked.url);
    await reading;
    expect(reports).toHaveLength(3);
    expect(reports[2]?.[2]).toMatchObject({ activityId: '12000000002', distanceM: 6200 });
  });

  it('keeps the old page apart while the URL changes again within the new activity', async () => {
    const first = stravaPage('run-long-metric-en.html');
    const next = stravaPage('run-dom-only-metric-en.html');
    showPage(first.file, first.url);
    await readPage(first.url);
    const setURL = (url: string) =>
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

    // The app moves to the next activity, then (before rendering it) to its overview tab.
    setURL(next.url);
    void readPage(next.url);
    setURL(`${next.url}/overview`);
    const reading = readPage(`${next.url}/overview`);
    // The old title, with the old summary still on screen, says nothing of the new activity either.
    document.title = 'Sunday Long Run | Run | Strava';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reports.filter(([kind]) => kind === 'read')).toHaveLength(1);

    showPage(next.file, `${next.url}/overview`);
    await reading;
    const last = reports.at(-1);
    expect(last?.[2]).toMatchObject({ activityId: '12000000017', distanceM: 8500 });
  });

  it('reports a page it could not read after waiting for it, with how reading went', async () => {
    const page = stravaPage('layout-changed-en.html');
    showPage(page.file, page.url);
    const traces: unknown[] = [];
    const traced = startReader({
      window,
      collector: stravaCollector,
      signal: stop.signal,
      report: background((_url, run, trace) => traces.push([run, trace])),
      left: () => undefined,
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reading = traced(page.url);
      // The page model arrives, but says nothing of the distance: still nothing to call a run by.
      postFromPage(
        bridgeMessage({ site: 'strava', activityId: '12000000019', fields: { type: 'Run', commute: false } }),
      );
      await vi.advanceTimersByTimeAsync(8000);
      await reading;
    } finally {
      vi.useRealTimers();
    }
    expect(traces).toEqual([
      [
        expect.objectContaining({ sport: 'run', sources: expect.objectContaining({ sport: 'page-model' }) }),
        { checks: { 'page-data': true }, layers: ['page-model'], attributes: ['type', 'commute'] },
      ],
    ]);
  });

  it('refines a report when the page bridge brings the page model', async () => {
    const page = stravaPage('run-dom-only-metric-en.html');
    showPage(page.file, page.url);
    await readPage(page.url);
    postFromPage(
      bridgeMessage({ site: 'strava', activityId: '12000000017', fields: { workout_type: 1, distance: 8510 } }),
    );
    expect(reports).toHaveLength(2);
    expect(reports[1]?.[2]).toMatchObject({
      workoutType: 'race',
      distanceM: 8510,
      sources: { distanceM: 'page-model' },
    });
  });

  it('takes the page model that came while its report was on its way to the background', async () => {
    const page = stravaPage('run-dom-only-metric-en.html');
    showPage(page.file, page.url);
    const answer = background((url, run) => reports.push(['read', url, run]));
    let modelPosted = false;
    const slow = startReader({
      window,
      collector: stravaCollector,
      signal: stop.signal,
      report: async (report) => {
        // The page model arrives while the first answer is still on its way.
        if (!modelPosted) {
          modelPosted = true;
          postFromPage(bridgeMessage({ site: 'strava', activityId: '12000000017', fields: { workout_type: 1 } }));
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        return answer(report);
      },
      left: () => undefined,
    });
    await slow(page.url);
    await vi.waitFor(() => expect(reports.at(-1)?.[2]).toMatchObject({ workoutType: 'race' }));
  });

  it('ignores forged or foreign bridge messages', async () => {
    const page = stravaPage('run-dom-only-metric-en.html');
    showPage(page.file, page.url);
    await readPage(page.url);
    postFromPage(bridgeMessage({ site: 'strava', activityId: '999', fields: { distance: 99_000 } }));
    postFromPage({
      source: 'backstride-bridge',
      version: 1,
      site: 'strava',
      activityId: '12000000017',
      fields: { distance: { x: 1 } },
    });
    postFromPage({
      source: 'backstride-bridge',
      version: 1,
      site: 'strava',
      activityId: '12000000017',
      fields: { html: '<b>' },
    });
    window.dispatchEvent(
      new MessageEvent('message', {
        data: bridgeMessage({ site: 'strava', activityId: '12000000017', fields: { distance: 1 } }),
        source: null,
      }),
    );
    expect(reports).toHaveLength(1);
  });

  it('says a page that is not an activity shows no run, once it had shown one', async () => {
    await readPage('https://www.strava.com/dashboard');
    expect(reports).toEqual([]);
    const page = stravaPage('run-long-metric-en.html');
    showPage(page.file, page.url);
    await readPage(page.url);
    await readPage('https://www.strava.com/dashboard');
    expect(reports.at(-1)).toEqual(['left', 'https://www.strava.com/dashboard']);
  });

  it('stops reading when the content script is invalidated', async () => {
    const page = stravaPage('run-long-metric-en.html');
    showPage('layout-changed-en.html', page.url);
    const reading = readPage(page.url);
    stop.abort();
    await reading;
    expect(reports).toEqual([]);
  });
});
