import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stravaPage } from '../../fixtures/strava/pages';
import type { Driver, DriverPage } from './driver';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { snapshotPanel } from './panel-probe';

const PANEL_SHOWN = `(${snapshotPanel.toString()})().signals !== null`;

/**
 * What a runner sees, checked the same way in every browser build: the panel on a long run,
 * the popup and the side panel following the tab, and silence on runs with nothing to say.
 */
export function describeExtension(label: string, makeDriver: (server: FixtureServer) => Promise<Driver>): void {
  describe(label, () => {
    let server: FixtureServer | undefined;
    let driver: Driver;
    const pages: DriverPage[] = [];

    beforeAll(async () => {
      server = await startFixtureServer();
      driver = await makeDriver(server);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    async function open(url: string): Promise<DriverPage> {
      const page = await driver.openPage(url);
      pages.push(page);
      return page;
    }

    async function openExtensionPage(path: string): Promise<DriverPage> {
      const page = await driver.openExtensionPage(path);
      pages.push(page);
      return page;
    }

    async function closePages() {
      for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    }

    it('pops up the panel on a long run, naming the signal and its tips', async () => {
      const page = await open(stravaPage('run-long-metric-en.html').url);
      await page.waitFor(PANEL_SHOWN);
      const panel = await page.evaluate(snapshotPanel);
      expect(panel.hosts).toBe(1);
      expect(panel.signals).toEqual(['long']);
      expect(panel.tipIds).toEqual(['posture', 'hydration', 'overuse']);
      expect(panel.text).toContain('21.1 km · 1:52:03');
      expect(panel.text).toMatch(/See a doctor/);
      await closePages();
    });

    it('shows the tab’s run in the popup and the same tips in the side panel', async () => {
      const page = await open(stravaPage('run-long-metric-en.html').url);
      await page.waitFor(PANEL_SHOWN);
      const panel = await page.evaluate(snapshotPanel);

      const popup = await openExtensionPage('popup.html');
      const sidePanel = await openExtensionPage('sidepanel.html');
      await popup.waitForSelector(`[data-testid="nothing-to-show"][data-why="no-run"]`);
      // Both views follow the active tab: switching back to the run updates them.
      await page.bringToFront();
      await popup.waitForSelector(`[data-testid="popup-tip-count"]`);
      expect(await popup.textOf('[data-testid="popup-run"]')).toContain('21.1 km · 1:52:03');
      expect(await popup.textOf('[data-testid="popup-tip-count"]')).toMatch(/^\d+ tips fit this run\.$/);

      await sidePanel.waitForSelector(`[data-testid="sidepanel-run"] [data-tip-id]`);
      const sideTipIds = await sidePanel.evaluate(() =>
        [...document.querySelectorAll('[data-testid="sidepanel-run"] [data-tip-id]')].map((tip) =>
          tip.getAttribute('data-tip-id'),
        ),
      );
      expect(sideTipIds.slice(0, panel.tipIds.length)).toEqual(panel.tipIds);
      const tipCount = Number((await popup.textOf('[data-testid="popup-tip-count"]')).split(' ')[0]);
      expect(sideTipIds).toHaveLength(tipCount);
      await closePages();
    });

    it.each([
      ['run-easy-metric-en.html', 'everyday-run'],
      ['ride-metric-en.html', 'not-a-run'],
    ])('shows no panel on %s, and the popup says why', async (file, why) => {
      const page = await open(stravaPage(file).url);
      const popup = await openExtensionPage('popup.html');
      await page.bringToFront();
      // Once the popup knows the page's verdict, the background has finished with it.
      await popup.waitForSelector(`[data-testid="nothing-to-show"][data-why="${why}"]`);
      const panel = await page.evaluate(snapshotPanel);
      expect(panel.hosts).toBe(0);
      await closePages();
    });
  });
}
