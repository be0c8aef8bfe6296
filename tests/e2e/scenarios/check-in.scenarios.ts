import { expect, it } from 'vitest';
import { stravaPage } from '../../fixtures/strava/pages';
import { PANEL_SHOWN } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

/** Its own run, so the check-ins here leave the other scenarios' runs alone. */
const TRAIL_RUN = stravaPage('trail-run-metric-en.html');

const inPanel = (selector: string) =>
  `document.querySelector('backstride-panel')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

/** The back check-in: one tap in the panel, shown in the insights, and the safety message on a red flag. */
export const checkInScenarios: ScenarioGroup = ({ open, openExtensionPage }) => {
  it('takes a one-tap check-in in the panel and shows it in the insights', async () => {
    const page = await open(TRAIL_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    await page.clickInPanel('[data-soreness="mild"]');
    await page.waitFor(`${inPanel('[data-soreness="mild"]')}?.checked === true`);

    const sidePanel = await openExtensionPage('sidepanel.html');
    await sidePanel.click('[data-tab="insights"]');
    await sidePanel.waitForSelector('[data-testid="soreness-chart"] circle');
    expect(
      await sidePanel.evaluate(() => document.querySelectorAll('[data-testid="soreness-chart"] circle').length),
    ).toBeGreaterThan(0);
  });

  it('puts the safety message above everything at once when a red flag is ticked', async () => {
    const page = await open(TRAIL_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    await page.clickInPanel('[data-soreness="moderate"]');
    await page.clickInPanel('.bs-check-in-details summary');
    await page.clickInPanel('[data-red-flag="chest-pain"]');
    await page.waitFor(`${inPanel('[data-testid="urgent-notice"]')}?.getAttribute('data-urgency') === 'emergency'`);
    const firstAfterHeader = await page.evaluate(
      () =>
        document
          .querySelector('backstride-panel')
          ?.shadowRoot?.querySelector('[data-testid="backstride-panel"] > header')
          ?.nextElementSibling?.getAttribute('data-testid') ?? null,
    );
    expect(firstAfterHeader).toBe('urgent-notice');
    // The quick second tap built on the first: the soreness given is kept with the red flag.
    expect(await page.evaluateScript(`${inPanel('[data-soreness="moderate"]')}?.checked === true`)).toBe(true);
    // Back to no red flags, so later runs of this scenario start clean.
    await page.clickInPanel('[data-red-flag="chest-pain"]');
    await page.waitFor(`${inPanel('[data-testid="urgent-notice"]')} === null`);
  });
};
