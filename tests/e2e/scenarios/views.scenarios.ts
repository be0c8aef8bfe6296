import { expect, it } from 'vitest';
import { stravaPage } from '../../fixtures/strava/pages';
import { PANEL_SHOWN, snapshotPanel } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

/** The panel on a long run, and the popup and side panel following the tab. */
export const viewScenarios: ScenarioGroup = ({ open, openExtensionPage }) => {
  it('pops up the panel on a long run, naming the signal and its tips', async () => {
    const page = await open(stravaPage('run-long-metric-en.html').url);
    await page.waitFor(PANEL_SHOWN);
    const panel = await page.evaluate(snapshotPanel);
    expect(panel.hosts).toBe(1);
    expect(panel.signals).toEqual(['long']);
    expect(panel.tipIds).toEqual(['posture', 'hydration', 'overuse']);
    expect(panel.text).toContain('21.1 km · 1:52:03');
    expect(panel.text).toMatch(/See a doctor/);
  });

  it('shows the tab’s run in the popup and the same tips in the side panel', async () => {
    const page = await open(stravaPage('run-long-metric-en.html').url);
    await page.waitFor(PANEL_SHOWN);
    const panel = await page.evaluate(snapshotPanel);

    const popup = await openExtensionPage('popup.html');
    const sidePanel = await openExtensionPage('sidepanel.html');
    await popup.waitForSelector('[data-testid="nothing-to-show"][data-why="no-run"]');
    // Both views follow the active tab: switching back to the run updates them.
    await page.bringToFront();
    await popup.waitForSelector('[data-testid="popup-tip-count"]');
    expect(await popup.textOf('[data-testid="popup-run"]')).toContain('21.1 km · 1:52:03');
    expect(await popup.textOf('[data-testid="popup-tip-count"]')).toMatch(/^\d+ tips fit this run\.$/);

    await sidePanel.waitForSelector('[data-testid="sidepanel-run"] [data-tip-id]');
    const sideTipIds = await sidePanel.evaluate(() =>
      [...document.querySelectorAll('[data-testid="sidepanel-run"] [data-tip-id]')].map((tip) =>
        tip.getAttribute('data-tip-id'),
      ),
    );
    expect(sideTipIds.slice(0, panel.tipIds.length)).toEqual(panel.tipIds);
    const tipCount = Number((await popup.textOf('[data-testid="popup-tip-count"]')).split(' ')[0]);
    expect(sideTipIds).toHaveLength(tipCount);
  });

  it('shows no panel on an everyday run, and the popup says why', async () => {
    const page = await open(stravaPage('run-easy-metric-en.html').url);
    const popup = await openExtensionPage('popup.html');
    await page.bringToFront();
    await popup.waitForSelector('[data-testid="nothing-to-show"][data-why="everyday-run"]');
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(0);
  });
};
