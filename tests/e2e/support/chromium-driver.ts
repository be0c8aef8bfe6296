import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { DEFAULT_WAIT_MS, type Driver, type DriverPage } from './driver';
import type { FixtureServer } from './fixture-server';

export async function chromiumDriver(extensionDir: string, server: FixtureServer): Promise<Driver> {
  const chrome = await launchChromium(extensionDir, server);
  const open = async (url: string) => {
    const page = await chrome.context.newPage();
    await page.goto(url);
    return wrap(page);
  };
  return {
    name: 'Chromium',
    openPage: open,
    openExtensionPage: (path) => open(chrome.extensionUrl(path)),
    close: () => chrome.close(),
  };
}

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    waitFor: async (expression, timeoutMs = DEFAULT_WAIT_MS) => {
      await page.waitForFunction(expression, undefined, { timeout: timeoutMs });
    },
    waitForSelector: async (selector, timeoutMs = DEFAULT_WAIT_MS) => {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs });
    },
    textOf: async (selector) => (await page.locator(selector).first().textContent({ timeout: DEFAULT_WAIT_MS })) ?? '',
    click: (selector) => page.locator(selector).first().click({ timeout: DEFAULT_WAIT_MS }),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}
