import type { Page } from 'puppeteer-core';
import { DEFAULT_WAIT_MS, type Driver, type DriverPage } from './driver';
import { launchFirefox } from './firefox';
import type { FixtureServer } from './fixture-server';

export async function firefoxDriver(name: string, extensionDir: string, server: FixtureServer): Promise<Driver> {
  const firefox = await launchFirefox(extensionDir, server);
  return {
    name,
    openPage: async (url) => {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      const page = await firefox.browser.newPage();
      // Navigations to moz-extension:// pages never report as finished over BiDi: start it
      // and wait for the page itself instead.
      void page.goto(firefox.extensionUrl(path)).catch(() => undefined);
      await waitForLoadedExtensionPage(page);
      return wrap(page);
    },
    close: () => firefox.close(),
  };
}

/**
 * Polls until the extension page has loaded. While the tab is still leaving about:blank,
 * Firefox's BiDi can fail an evaluation outright ("right-hand side of 'in' should be an
 * object"); such a failure only means "not yet".
 */
async function waitForLoadedExtensionPage(page: Page): Promise<void> {
  const deadline = Date.now() + DEFAULT_WAIT_MS;
  for (;;) {
    try {
      // page.url() is no help: BiDi never reports this navigation as done.
      const loaded = await page.evaluate(
        () => location.href.startsWith('moz-extension:') && document.readyState === 'complete',
      );
      if (loaded) return;
    } catch {
      // Navigating: the page's realm went away under the evaluation.
    }
    if (Date.now() > deadline) throw new Error('The extension page did not load.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    waitFor: async (expression, timeoutMs = DEFAULT_WAIT_MS) => {
      await page.waitForFunction(expression, { timeout: timeoutMs });
    },
    waitForSelector: async (selector, timeoutMs = DEFAULT_WAIT_MS) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    textOf: async (selector) => {
      const element = await page.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
      return (await element?.evaluate((node) => node.textContent)) ?? '';
    },
    click: async (selector) => {
      const element = await page.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
      await element?.click();
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}
