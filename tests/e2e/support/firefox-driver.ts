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
      // and let the caller wait for the page's own content instead.
      void page.goto(firefox.extensionUrl(path)).catch(() => undefined);
      await page.waitForFunction(`location.href.startsWith('moz-extension:') && document.readyState === 'complete'`, {
        timeout: DEFAULT_WAIT_MS,
      });
      return wrap(page);
    },
    close: () => firefox.close(),
  };
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
