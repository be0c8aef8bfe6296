import { expect, it } from 'vitest';
import { stravaPage } from '../../fixtures/strava/pages';
import { axeViolations } from '../support/axe';
import type { DriverPage } from '../support/driver';
import { NO_PANEL, PANEL_SHOWN, panelShows, snapshotPanel } from '../support/panel-probe';
import type { ScenarioContext, ScenarioGroup } from '../support/scenarios';

const LONG_RUN = stravaPage('run-long-metric-en.html');
const EASY_RUN = stravaPage('run-easy-metric-en.html');
const LAYOUT_CHANGED = stravaPage('layout-changed-en.html');

/** The panel, the popup, the side panel, the badge and the options, as a runner uses them. */
export const viewScenarios: ScenarioGroup = (context) => {
  const { open, openExtensionPage, driver } = context;

  it('pops up the panel on a long run, naming the signal and its tips', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    const panel = await page.evaluate(snapshotPanel);
    expect(panel.hosts).toBe(1);
    expect(panel.signals).toEqual(['long']);
    expect(panel.tipIds).toEqual(['posture', 'overuse', 'chest-stretch']);
    expect(panel.text).toContain('21.1 km · 1:52:03');
    expect(panel.text).toMatch(/See a doctor/);
  });

  it('collapses to a small tab and opens again', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    await page.clickInPanel('[data-action="collapse"]');
    await page.waitFor(`${panelAttribute('data-collapsed')} === 'true'`);
    expect((await page.evaluate(snapshotPanel)).tipIds).toEqual([]);
    await page.clickInPanel('[data-collapsed="true"]');
    await page.waitFor(`${panelAttribute('data-collapsed')} === null`);
    expect((await page.evaluate(snapshotPanel)).tipIds).toHaveLength(3);
  });

  it('counts the same tips on the badge as on the panel', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    const panelCount = await page.evaluate(() =>
      document
        .querySelector('backstride-panel')
        ?.shadowRoot?.querySelector('[data-tip-count]')
        ?.getAttribute('data-tip-count'),
    );
    expect(Number(panelCount)).toBeGreaterThan(0);
    expect(await driver().badgeText(LONG_RUN.url)).toBe(panelCount);
  });

  it('hides for this run when asked, stays hidden on reload, and comes back from the popup', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    await page.clickInPanel('[data-action="dismiss"]');
    await page.waitFor(NO_PANEL);
    // The panel closes on the click; the background remembers the run a moment later.
    const options = await openExtensionPage('options.html');
    await expect
      .poll(() => options.evaluateWith(storedItem, 'dismissedRuns'), { timeout: 10_000 })
      .toContain('strava:12000000001');

    await page.reload();
    // Once the badge is back, the background has judged the reloaded page: and left the panel out.
    await expect.poll(() => driver().badgeText(LONG_RUN.url), { timeout: 10_000 }).not.toBe('');
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(0);

    const popup = await openExtensionPage('popup.html');
    await page.bringToFront();
    await popup.click('[data-action="show-on-page"]');
    await page.waitFor(PANEL_SHOWN);
  });

  it('opens every tip from the panel: in the side panel, or by saying where the sidebar is', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    await page.clickInPanel('[data-action="all-tips"]');
    if (driver().canOpenSidePanelFromPage) {
      await expect.poll(() => driver().sidePanelIsOpen(), { timeout: 10_000 }).toBe(true);
    } else {
      await page.waitFor(
        `document.querySelector('backstride-panel')?.shadowRoot?.querySelector('.bs-hint')?.textContent.includes('Sidebar')`,
      );
    }
  });

  it('shows the tab’s run in the popup and its tips in the side panel', async () => {
    const page = await open(LONG_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    const panel = await page.evaluate(snapshotPanel);

    const popup = await openExtensionPage('popup.html');
    const sidePanel = await openExtensionPage('sidepanel.html');
    await popup.waitForSelector('[data-testid="nothing-to-show"][data-why="no-run"]');
    // Both views follow the active tab: switching back to the run updates them.
    await page.bringToFront();
    await popup.waitForSelector('[data-testid="popup-tip-count"]');
    expect(await popup.textOf('[data-testid="popup-run"]')).toContain('21.1 km · 1:52:03');
    const tipCount = Number((await popup.textOf('[data-testid="popup-tip-count"]')).split(' ')[0]);

    await sidePanel.waitForSelector('[data-testid="sidepanel-run"] [data-tip-id]');
    // Read from its text first, the run is then refined by the page's own data: wait for that.
    await sidePanel.waitForSelector('[data-testid="how-read"] [data-source="page-model"]');
    const sideTipIds = await sidePanel.evaluate(() =>
      [...document.querySelectorAll('[data-testid="sidepanel-run"] [data-tip-id]')].map((tip) =>
        tip.getAttribute('data-tip-id'),
      ),
    );
    expect(sideTipIds).toHaveLength(tipCount);
    expect(sideTipIds).toEqual(expect.arrayContaining(panel.tipIds));
    expect(await sidePanel.textOf('[data-testid="how-read"]')).toContain('the page’s own data');
  });

  it('shows no panel on an everyday run, and the popup says why', async () => {
    const page = await open(EASY_RUN.url);
    const popup = await openExtensionPage('popup.html');
    await page.bringToFront();
    await popup.waitForSelector('[data-testid="nothing-to-show"][data-why="everyday-run"]');
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(0);
  });

  it('says it could not read a page whose layout changed, and shows the page report it copies', async () => {
    const page = await open(LAYOUT_CHANGED.url);
    const popup = await openExtensionPage('popup.html');
    await page.bringToFront();
    // An unreadable page is given 8 s to render its numbers before the verdict.
    await popup.waitForSelector('[data-testid="nothing-to-show"][data-why="unreadable"]', 30_000);
    expect(await popup.textOf('[data-testid="nothing-to-show"]')).toMatch(/^Backstride could not read this page/);
    // Nothing from the page: no id, no query; the exact text a runner would share is shown before copying.
    const report = await popup.textOf('[data-testid="page-report-text"]');
    expect(report).toMatch(
      /^Backstride page report\nVersion: \d+\.\d+\.\d+\nBrowser: (Chrome|Firefox) \d+\nSite: Strava\n/,
    );
    expect(report).toContain('\nPage: www.strava.com/activities/<id>\n');
    expect(report).not.toMatch(/\d{6,}/);
    expect(report).toMatch(/\nChecks not matched: .*\binline-stats\b/);
    expect(await axeViolations(popup, 'page')).toEqual([]);

    await popup.click('[data-action="copy-page-report"]');
    await popup.waitForSelector('[data-testid="page-report"][data-copy]');
    const copy = await popup.evaluate(() => ({
      outcome: document.querySelector('[data-testid="page-report"]')?.getAttribute('data-copy'),
      button: document.querySelector('[data-action="copy-page-report"]')?.textContent,
      status: document.querySelector('[data-testid="page-report"] [role="status"]')?.textContent,
      open: document.querySelector('[data-testid="page-report"] details')?.hasAttribute('open'),
    }));
    // Both browsers let a click in an extension page write the clipboard, even headless.
    expect(copy).toEqual({
      outcome: 'copied',
      button: 'Page report copied',
      status: 'The page report is on your clipboard: paste it into your bug report.',
      open: false,
    });
  });

  it('follows a threshold changed in the options on the next load of a page', async () => {
    const options = await openExtensionPage('options.html');
    await options.fill('input[name="fastPaceSPerKm"]', '6:00');
    await options.waitForSelector('[data-testid="options-status"]:not(:empty)');
    try {
      const page = await open(EASY_RUN.url);
      await page.waitFor(panelShows(['fast']));
    } finally {
      await options.fill('input[name="fastPaceSPerKm"]', '5:00');
      // Later tests expect the default mark: wait until it is stored again.
      const storedFastPace = async () =>
        (
          (await options.evaluateWith(storedItem, 'settings')) as
            | { thresholds?: { fastPaceSPerKm?: number } }
            | undefined
        )?.thresholds?.fastPaceSPerKm;
      await expect.poll(storedFastPace, { timeout: 10_000 }).toBe(300);
    }
  });

  // Four views in two schemes, each rendered and checked: more than the usual time on a slow machine.
  it('has no accessibility violations (axe-core) in the panel, popup, side panel and options, light and dark', {
    timeout: 120_000,
  }, async () => {
    for (const scheme of driver().colorSchemes) {
      const page = await open(LONG_RUN.url);
      await page.emulateColorScheme(scheme);
      await page.waitFor(PANEL_SHOWN);
      expect(await axeViolations(page, 'panel'), `panel, ${scheme}`).toEqual([]);
      for (const view of ['popup.html', 'sidepanel.html', 'options.html']) {
        const extensionPage = await extensionPageShowing(context, view, page);
        await extensionPage.emulateColorScheme(scheme);
        expect(await axeViolations(extensionPage, 'page'), `${view}, ${scheme}`).toEqual([]);
      }
    }
  });
};

/** An extension page that has rendered its view of `page`'s run (or of itself, for options). */
async function extensionPageShowing(context: ScenarioContext, view: string, page: DriverPage): Promise<DriverPage> {
  const extensionPage = await context.openExtensionPage(view);
  if (view === 'options.html') {
    await extensionPage.waitForSelector('[data-testid="runs-seen"]');
    return extensionPage;
  }
  await page.bringToFront();
  await extensionPage.waitForSelector('.bs-chip');
  return extensionPage;
}

/** Runs in an extension page: what the extension's local storage holds under `key`. */
async function storedItem(key: string): Promise<unknown> {
  type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
  return (await (scope.browser ?? scope.chrome).storage.local.get(key))[key];
}

function panelAttribute(name: string): string {
  return `document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="backstride-panel"]')?.getAttribute('${name}')`;
}
