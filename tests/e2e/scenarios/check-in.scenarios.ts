import { expect, it } from 'vitest';
import { stravaPage } from '../../fixtures/strava/pages';
import { PANEL_SHOWN } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

/** Their own runs, so the check-ins here leave the other scenarios' runs alone. */
const TRAIL_RUN = stravaPage('trail-run-metric-en.html');
const HOT_RUN = stravaPage('run-hot-weather-metric-en.html');

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

  it('asks the red flags outright in the side panel once the pain is moderate, and puts an emergency first', async () => {
    const page = await open(HOT_RUN.url);
    await page.waitFor(PANEL_SHOWN);
    const sidePanel = await openExtensionPage('sidepanel.html');
    // The side panel follows the tab in front: the run.
    await page.bringToFront();
    await sidePanel.waitForSelector(
      '[data-testid="sidepanel-run"] [data-testid="check-in"] [data-soreness="moderate"]',
    );
    await sidePanel.click('[data-soreness="moderate"]');
    // No other click: the questions are there, not folded away.
    await sidePanel.waitForSelector('[data-testid="red-flags"] [data-red-flag="spreading-pain"]');
    expect(
      await sidePanel.evaluate(() => {
        const flag = document.querySelector('[data-red-flag="spreading-pain"]');
        return flag instanceof HTMLElement && flag.closest('details') === null && flag.getClientRects().length > 0;
      }),
    ).toBe(true);

    await sidePanel.click('[data-red-flag="spreading-pain"]');
    await sidePanel.waitForSelector('[data-testid="urgent-notice"][data-urgency="emergency"]');
    const shown = await sidePanel.evaluate(() => {
      const notice = document.querySelector('[data-testid="urgent-notice"]');
      const form = document.querySelector('[data-testid="check-in"]');
      return {
        // Above everything: the first thing in the side panel, before its title and tabs.
        first: document.querySelector('main')?.firstElementChild === notice,
        beforeForm: notice !== null && form !== null && (notice.compareDocumentPosition(form) & 4) !== 0,
        text: notice?.textContent ?? '',
      };
    });
    expect(shown).toEqual({ first: true, beforeForm: true, text: expect.stringMatching(/^Call an ambulance now/) });

    // Back to no red flags and no pain, so later runs of this scenario start clean.
    await sidePanel.click('[data-red-flag="spreading-pain"]');
    await sidePanel.click('[data-soreness="none"]');
    await sidePanel.waitForSelector('main:not(:has([data-testid="urgent-notice"], [data-testid="red-flags"]))');
  });
};
