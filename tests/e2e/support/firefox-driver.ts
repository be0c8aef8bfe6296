import type { Page } from 'puppeteer-core';
import { DEFAULT_WAIT_MS, type Driver, type DriverPage, type ExtensionApi, type OpenOptions } from './driver';
import { launchFirefox } from './firefox';
import type { FixtureServer } from './fixture-server';
import { explainTimeout, snapshotPanel } from './panel-probe';

export async function firefoxDriver(
  name: string,
  extensionDir: string,
  server: FixtureServer,
  colorScheme: 'light' | 'dark' = 'light',
  profileDir?: string,
): Promise<Driver> {
  const firefox = await launchFirefox(extensionDir, server, profileDir ? { colorScheme, profileDir } : { colorScheme });
  const openExtensionPage = async (path: string) => {
    const page = await firefox.browser.newPage();
    // Navigations to moz-extension:// pages never report as finished over BiDi: start it
    // and wait for the page itself instead.
    void page.goto(firefox.extensionUrl(path)).catch(() => undefined);
    await waitForLoadedExtensionPage(page);
    return page;
  };
  let helperPage: Page | undefined;
  return {
    name,
    canOpenSidePanelFromPage: false,
    colorSchemes: [colorScheme],
    openPage: async (url, { until = 'load', viewport }: OpenOptions = {}) => {
      const page = await firefox.browser.newPage();
      if (viewport) await page.setViewport(viewport);
      await page.goto(url, { waitUntil: until });
      return wrap(page, colorScheme);
    },
    openExtensionPage: async (path) => wrap(await openExtensionPage(path), colorScheme),
    badgeText: async (pageUrl) => {
      // Extension APIs are reachable from one of the extension's own pages.
      helperPage ??= await openExtensionPage('popup.html');
      return helperPage.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const [tab] = await api.tabs.query({ url });
        const action = api.action ?? api.browserAction;
        return tab?.id === undefined || !action ? '' : action.getBadgeText({ tabId: tab.id });
      }, pageUrl);
    },
    sidePanelIsOpen: async () => {
      throw new Error('Firefox opens its sidebar only from its own UI; nothing here can open it.');
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

function wrap(page: Page, colorScheme: 'light' | 'dark'): DriverPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source) as never,
    waitFor: async (expression, timeoutMs = DEFAULT_WAIT_MS) => {
      await page
        .waitForFunction(expression, { timeout: timeoutMs })
        .catch(async (error) => explainTimeout(error, expression, () => page.evaluate(snapshotPanel)));
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
    clickInPanel: async (selector) => {
      const element = await page.waitForSelector(`backstride-panel >>> ${selector}`, { timeout: DEFAULT_WAIT_MS });
      // Puppeteer clicks where the element is now: let the panel finish sliding in first (Playwright waits by itself).
      await element?.evaluate(async (node) => {
        const root = node.getRootNode() as ShadowRoot;
        await Promise.all(root.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
      });
      await element?.click();
    },
    fill: async (selector, value) => {
      // Focus and blur, and so "change", happen only in the tab in front, as for a person.
      await page.bringToFront();
      const field = await page.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
      // Empty the field without events; typing then reports the whole new value.
      await field?.evaluate((input) => {
        (input as HTMLInputElement).value = '';
      });
      await field?.type(value);
      await page.keyboard.press('Tab');
    },
    selectOption: async (selector, value) => {
      await page.bringToFront();
      await page.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
      await page.select(selector, value);
    },
    emulateColorScheme: async (scheme) => {
      if (scheme !== colorScheme) throw new Error(`This Firefox runs in ${colorScheme}; it cannot show ${scheme}.`);
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}
