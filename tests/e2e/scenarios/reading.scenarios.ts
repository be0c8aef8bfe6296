import { expect, it } from 'vitest';
import { GARMIN_LIST_URL, garminFixture, garminModernUrl } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_FEED, stravaPage } from '../../fixtures/strava/pages';
import { NO_PANEL, pageErrors, panelShows, panelShowsAtLeast, snapshotPanel } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

/** Reading runs where they are: in-page navigation on Strava, Garmin's own JSON, and silence elsewhere. */
export const readingScenarios: ScenarioGroup = ({ open, openExtensionPage }) => {
  it('follows in-page navigation on Strava: each activity gets its own panel, the previous one goes', async () => {
    const page = await open(STRAVA_FEED.url);
    // Survives only if no navigation below is a full page load.
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    await page.click('a[href="/activities/12000000001"]');
    await page.waitFor(panelShows(['long']));
    await page.click('a[href="/activities/12000000003"]');
    await page.waitFor(panelShows(stravaPage('run-fast-imperial-en.html').signals));
    await page.click('a[href="/activities/12000000002"]');
    // The easy run's page is on screen (not a quicker click's), with no panel.
    await page.waitFor(`${NO_PANEL} && document.title.startsWith('Easy Shakeout')`);
    await page.click('a[href="/activities/12000000001"]');
    await page.waitFor(panelShows(['long']));

    expect((await page.evaluate(snapshotPanel)).hosts).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it.each([
    { file: 'run-long.json', query: '', transport: 'fetch' },
    { file: 'race.json', query: '?transport=xhr', transport: 'XMLHttpRequest' },
  ])('reads the /gc-api/ activity JSON Garmin Connect’s /app/ loads for itself ($file, with $transport)', async ({
    file,
    query,
  }) => {
    const payload = garminFixture(file);
    const page = await open(`${payload.url}${query}`);
    await page.waitFor(panelShows(payload.signals));
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(1);
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it('reads an old /modern/activity/ link, whose app loads /modern/proxy/…', async () => {
    // The long run again: a run of another day would change later pages' signals (back-to-back).
    const payload = garminFixture('run-long.json');
    const page = await open(garminModernUrl(payload.activityId));
    await page.waitFor(panelShows(payload.signals));
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it('follows Garmin Connect’s app from the activities list to an activity and on to the next, in place', async () => {
    const page = await open(GARMIN_LIST_URL);
    await page.waitForSelector('a[href="/app/activity/20000000001"]');
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.click('a[href="/app/activity/20000000001"]');
    // The list just logged the runner's runs: signals that rest on them may join the run's own.
    await page.waitFor(panelShowsAtLeast(garminFixture('run-long.json').signals));
    await page.waitForSelector('a[href="/app/activities"]');
    await page.click('a[href="/app/activities"]');
    await page.waitFor(NO_PANEL);
    await page.waitForSelector('a[href="/app/activity/20000000004"]');
    await page.click('a[href="/app/activity/20000000004"]');
    await page.waitFor(panelShowsAtLeast(garminFixture('race.json').signals));
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it.each([
    ['run-fast-metric-fr.html', 'a French page with no tab bar', stravaPage('run-fast-metric-fr.html').signals],
    ['treadmill-run-en.html', 'an indoor run with no tab bar', stravaPage('treadmill-run-en.html').signals],
    // Their fixtures' signals are those of the page as first parsed, before the stats arrive.
    ['run-long-late-render-dom-only-en.html', 'stats rendered a second late, no page model', ['long']],
    ['run-long-late-render-en.html', 'stats rendered a second late', ['long']],
  ])('reads %s (%s)', async (file, _what, signals) => {
    const page = await open(stravaPage(file).url);
    await page.waitFor(panelShows(signals), 20_000);
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it('reads a Strava page in the real shape and shows its start time in “how this run was read”', async () => {
    const page = await open(stravaPage('run-long-metric-en.html').url);
    await page.waitFor(panelShows(['long']));
    const sidePanel = await openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await sidePanel.waitForSelector('[data-testid="how-read"] [data-field="startTime"]');
    expect(await sidePanel.textOf('[data-testid="how-read"] [data-field="startTime"]')).toContain('2025-10-12 07:03');
    expect(await sidePanel.textOf('[data-testid="how-read"] [data-field="distanceM"]')).toContain('21.1');
  });

  it('judges another athlete’s run on the runner’s own marks, and keeps it out of the runs seen', async () => {
    const friends = stravaPage('run-long-someone-else-en.html');
    const page = await open(friends.url);
    await page.waitFor(panelShows(friends.signals));
    const own = await open(stravaPage('run-long-metric-en.html').url);
    await own.waitFor(panelShows(['long']));

    const sidePanel = await openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await sidePanel.waitForSelector('[data-testid="how-read"] [data-field="athlete"][data-source="page-model"]');
    expect(await sidePanel.textOf('[data-field="athlete"]')).toContain('Someone else’s');
    // Their run, not the runner's back: no check-in is asked for, on the page or in the side panel.
    expect(await sidePanel.evaluate(() => document.querySelector('[data-testid="check-in"]') === null)).toBe(true);
    await page.waitFor(
      `${panelShows(friends.signals)} && !document.querySelector('backstride-panel').shadowRoot.querySelector('[data-testid="check-in"]')`,
    );

    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="runs-seen"] [data-activity="strava:12000000001"]');
    // Read first from its text, the run may have been listed for a moment before the page model said whose it is.
    await expect
      .poll(() => options.evaluate(() => document.querySelector('[data-activity="strava:12000000025"]') === null), {
        timeout: 5000,
      })
      .toBe(true);
  });

  it('reads a run whose page never finishes loading (an image that never arrives)', async () => {
    const page = await open(`${stravaPage('run-long-metric-en.html').url}?hang=image`, { until: 'domcontentloaded' });
    // The background waits 5 s for the load that never comes, then reads.
    await page.waitFor(panelShows(['long']), 30_000);
    expect(await page.evaluate(() => document.readyState)).toBe('interactive');
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });

  it.each([
    [stravaPage('ride-metric-en.html').url, 'not-a-run'],
    [stravaPage('swim-metric-en.html').url, 'not-a-run'],
    [stravaPage('layout-changed-en.html').url, 'unreadable'],
    [garminFixture('cycling.json').url, 'not-a-run'],
  ])('never shows a panel on %s, nor throws into the page (%s)', async (url, why) => {
    const page = await open(url);
    const popup = await openExtensionPage('popup.html');
    await page.bringToFront();
    // Once the popup gives the page's verdict, the reader and the background are done with it.
    // An unreadable page is given 8 s to render its numbers before the verdict.
    await popup.waitForSelector(`[data-testid="nothing-to-show"][data-why="${why}"]`, 30_000).catch(async (error) => {
      throw new Error(`The popup never said "${why}". It shows: ${await popup.textOf('body')}`, { cause: error });
    });
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(0);
    expect(await page.evaluate(pageErrors)).toEqual([]);
  });
};
