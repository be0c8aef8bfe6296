import { expect, it } from 'vitest';
import { garminFixture } from '../../fixtures/garmin-connect/payloads';
import { stravaPage } from '../../fixtures/strava/pages';
import type { Viewport } from '../support/driver';
import { boxOf, inside, measureLayout, overlaps, PANEL_SETTLED } from '../support/panel-layout';
import { PANEL_SHOWN } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

/** The screens runners browse on: 1366×768 and 1536×864 laptops and 1280×720, less the browser's bars. */
export const RUNNERS_SCREENS: readonly Viewport[] = [
  { width: 1280, height: 720 },
  { width: 1366, height: 657 },
  { width: 1536, height: 730 },
  { width: 1920, height: 960 },
];

/** A long run on each site, and where that page draws its headline numbers. */
const LONG_RUNS = [
  {
    site: 'Strava',
    url: stravaPage('run-long-metric-en.html').url,
    numbers: '.activity-stats',
    layout: '.activity-summary-container',
  },
  {
    site: 'Garmin Connect',
    url: garminFixture('run-long.json').url,
    numbers: '#app .summary',
    layout: '#app .summary',
  },
];

/** The panel on screens of every common size: open, its best tip in view, the page's numbers uncovered. */
export const screenScenarios: ScenarioGroup = ({ open }) => {
  for (const run of LONG_RUNS) {
    for (const viewport of RUNNERS_SCREENS) {
      it(`pops up open on ${run.site}'s long run at ${viewport.width}×${viewport.height}: best tip and why in view, numbers uncovered`, async () => {
        const page = await open(run.url, { viewport });
        await page.waitFor(PANEL_SHOWN);
        // Measured once the slide-in has ended: mid-animation the panel sits 16 px off.
        await page.waitFor(PANEL_SETTLED);
        const layout = await page.evaluateWith(measureLayout, run.numbers);

        expect(layout.collapsed, 'the panel starts open').toBeNull();
        const { panel, body, bestTitle, bestWhy, safety } = layout;
        if (!panel || !body || !bestTitle || !bestWhy || !safety)
          throw new Error(`Missing parts: ${JSON.stringify(layout)}`);
        expect(layout.bestWhyText).toMatch(/^Long: 2\d\.\d km, over your 15\.0 km long-run mark$/);
        for (const [part, rect] of [
          ['best tip title', bestTitle],
          ['best tip why', bestWhy],
          ...layout.otherTitles.map((title, index) => [`tip ${index + 2} title`, title] as const),
        ] as const) {
          expect(inside(rect, layout.viewport), `${part} within the window`).toBe(true);
          expect(inside(rect, body), `${part} within the panel's visible part`).toBe(true);
        }
        expect(layout.otherTitles).toHaveLength(2);
        expect(inside(safety, layout.viewport), 'safety line within the window').toBe(true);
        expect(inside(panel, layout.viewport), 'panel within the window').toBe(true);
        expect(layout.numbers.length, 'the page shows its numbers').toBeGreaterThan(0);
        for (const numbers of layout.numbers) expect(overlaps(numbers, panel), 'a headline number covered').toBe(false);

        // The page's layout is the same with the panel as without it.
        const withPanel = await page.evaluateWith(boxOf, run.layout);
        await page.evaluate(() => document.querySelector('backstride-panel')?.remove());
        expect(await page.evaluateWith(boxOf, run.layout)).toEqual(withPanel);
      });
    }
  }
};
