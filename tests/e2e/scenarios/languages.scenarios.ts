import { expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/locales';
import { LANGUAGES } from '../../../src/words/all-languages';
import { LANGUAGE_NAMES } from '../../../src/words/language-names';
import { stravaPage } from '../../fixtures/strava/pages';
import { axeViolations } from '../support/axe';
import type { DriverPage } from '../support/driver';
import { inside, measureLayout, PANEL_SETTLED } from '../support/panel-layout';
import type { ScenarioContext, ScenarioGroup } from '../support/scenarios';

const LONG_RUN = stravaPage('run-long-metric-en.html');
const LAPTOP = { width: 1366, height: 657 };

/**
 * Every language, chosen in the options as a runner would: the panel, popup, side panel and
 * options speak it, the panel still opens on its best tip on a laptop's screen, and axe finds
 * nothing in any view, light and dark. The browser's language is English throughout.
 */
export const languageScenarios: ScenarioGroup = (context) => {
  const { open, openExtensionPage, driver } = context;

  it('switches an open panel to a language picked in the options, without a reload', async () => {
    const page = await open(LONG_RUN.url, { viewport: LAPTOP });
    await page.waitFor(panelSpeaks('en'));
    const options = await openExtensionPage('options.html');
    await options.selectOption('select[name="language"]', 'nl');
    try {
      // The page had English words only: Dutch ones are injected, and the panel speaks them.
      await page.waitFor(panelSpeaks('nl'));
    } finally {
      await options.bringToFront();
      await options.selectOption('select[name="language"]', 'auto');
    }
    await page.waitFor(panelSpeaks('en'));
  });

  for (const locale of LOCALES) {
    it(`speaks ${LANGUAGE_NAMES[locale]} when chosen: every view in it, the best tip in view at 1366×657, axe-clean`, {
      timeout: 120_000,
    }, async () => {
      const options = await openExtensionPage('options.html');
      await options.waitForSelector('select[name="language"]');
      await options.selectOption('select[name="language"]', locale);
      try {
        await options.waitForSelector(`html[lang="${locale}"] select[name="language"]`);
        const safetyLine = LANGUAGES[locale].messages['safety.emergency'];

        const page = await open(LONG_RUN.url, { viewport: LAPTOP });
        await page.waitFor(panelSpeaks(locale));
        await page.waitFor(PANEL_SETTLED);
        const layout = await page.evaluateWith(measureLayout, '.activity-stats');
        expect(layout.collapsed).toBeNull();
        for (const part of [layout.bestTitle, layout.bestWhy, ...layout.otherTitles]) {
          if (!part || !layout.body) throw new Error(`Missing parts: ${JSON.stringify(layout)}`);
          expect(inside(part, layout.viewport) && inside(part, layout.body), JSON.stringify(part)).toBe(true);
        }
        const panelText = await page.evaluate(
          () =>
            document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="safety-note"]')
              ?.textContent ?? '',
        );
        expect(panelText).toContain(safetyLine);

        for (const scheme of driver().colorSchemes) {
          await page.emulateColorScheme(scheme);
          expect(await axeViolations(page, 'panel'), `panel, ${scheme}`).toEqual([]);
          await options.emulateColorScheme(scheme);
          expect(await axeViolations(options, 'page'), `options, ${scheme}`).toEqual([]);
        }
        for (const view of ['popup.html', 'sidepanel.html']) {
          const extensionPage = await showing(context, view, page, locale);
          expect(await extensionPage.textOf('[data-testid="safety-note"]')).toContain(safetyLine);
          for (const scheme of driver().colorSchemes) {
            await extensionPage.emulateColorScheme(scheme);
            expect(await axeViolations(extensionPage, 'page'), `${view}, ${scheme}`).toEqual([]);
          }
        }
        // The side panel's insights: the charts, their focusable points and their tables.
        const insights = await showing(context, 'sidepanel.html', page, locale);
        await insights.click('[data-tab="insights"]');
        await insights.waitForSelector('[data-testid="weekly-volume"]');
        for (const scheme of driver().colorSchemes) {
          await insights.emulateColorScheme(scheme);
          expect(await axeViolations(insights, 'page'), `insights, ${scheme}`).toEqual([]);
        }
      } finally {
        await options.bringToFront();
        await options.selectOption('select[name="language"]', 'auto');
        await options.waitForSelector('html[lang="en"] select[name="language"]');
      }
    });
  }
};

/** A page expression: true once the panel is shown in `locale`. */
const panelSpeaks = (locale: Locale) =>
  `document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="backstride-panel"][lang="${locale}"]') != null`;

/** An extension page showing `page`'s run, in `locale`. */
async function showing(context: ScenarioContext, view: string, page: DriverPage, locale: Locale): Promise<DriverPage> {
  const extensionPage = await context.openExtensionPage(view);
  await page.bringToFront();
  await extensionPage.waitForSelector(`html[lang="${locale}"] .bs-chip`);
  return extensionPage;
}
