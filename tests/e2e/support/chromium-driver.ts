import type { Page, Worker } from 'playwright-core';
import { launchChromium } from './chromium';
import { DEFAULT_WAIT_MS, type Driver, type DriverPage, type ExtensionApi, type OpenOptions } from './driver';
import type { FixtureServer } from './fixture-server';
import { explainTimeout, snapshotPanel } from './panel-probe';

export async function chromiumDriver(
  extensionDir: string,
  server: FixtureServer,
  profileDir?: string,
): Promise<Driver> {
  const launched = await launchChromium(extensionDir, server, profileDir ? { profileDir } : {});
  const open = async (url: string, { until = 'load', viewport }: OpenOptions = {}) => {
    const page = await launched.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url, { waitUntil: until });
    return wrap(page);
  };
  // The service worker may have been stopped and restarted: always ask for the live one.
  const worker = async (): Promise<Worker> =>
    launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
  return {
    name: 'Chromium',
    canOpenSidePanelFromPage: true,
    colorSchemes: ['light', 'dark'],
    openPage: open,
    openExtensionPage: (path) => open(launched.extensionUrl(path)),
    badgeText: async (pageUrl) =>
      (await worker()).evaluate(async (url) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const [tab] = await api.tabs.query({ url });
        return tab?.id === undefined || !api.action ? '' : api.action.getBadgeText({ tabId: tab.id });
      }, pageUrl),
    sidePanelIsOpen: async () =>
      (await worker()).evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return ((await api.runtime.getContexts?.({ contextTypes: ['SIDE_PANEL'] })) ?? []).length > 0;
      }),
    close: () => launched.close(),
  };
}

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateScript: (source) => page.evaluate(source),
    waitFor: async (expression, timeoutMs = DEFAULT_WAIT_MS) => {
      await page
        .waitForFunction(expression, undefined, { timeout: timeoutMs })
        .catch(async (error) => explainTimeout(error, expression, () => page.evaluate(snapshotPanel)));
    },
    waitForSelector: async (selector, timeoutMs = DEFAULT_WAIT_MS) => {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs });
    },
    textOf: async (selector) => (await page.locator(selector).first().textContent({ timeout: DEFAULT_WAIT_MS })) ?? '',
    click: (selector) => page.locator(selector).first().click({ timeout: DEFAULT_WAIT_MS }),
    // Playwright's CSS engine looks into open shadow roots by itself.
    clickInPanel: (selector) =>
      page.locator(`backstride-panel ${selector}`).first().click({ timeout: DEFAULT_WAIT_MS }),
    fill: async (selector, value) => {
      // Focus and blur, and so "change", happen only in the tab in front, as for a person.
      await page.bringToFront();
      const field = page.locator(selector).first();
      await field.fill(value, { timeout: DEFAULT_WAIT_MS });
      await field.press('Tab');
    },
    selectOption: async (selector, value) => {
      await page.bringToFront();
      await page.locator(selector).first().selectOption(value, { timeout: DEFAULT_WAIT_MS });
    },
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}
