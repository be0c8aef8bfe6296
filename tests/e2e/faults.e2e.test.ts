import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stravaPage } from '../fixtures/strava/pages';
import { BUILDS, builtExtension } from './support/builds';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import type { ExtensionApi } from './support/driver';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PANEL_SHOWN, pageErrors, panelShows, snapshotPanel } from './support/panel-probe';

const LONG_RUN = stravaPage('run-long-metric-en.html');
const FAST_RUN = stravaPage('run-fast-imperial-en.html');

/** Things that go wrong around a page that is open: Chromium, where they can be provoked. */
describe('Chromium, when things go wrong', () => {
  let server: FixtureServer;
  let chrome: ChromiumWithExtension;

  beforeAll(async () => {
    server = await startFixtureServer();
    chrome = await launchChromium(builtExtension(BUILDS.chrome), server, { reloadable: true });
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  async function openRun(url: string): Promise<Page> {
    const page = await chrome.context.newPage();
    await page.goto(url);
    await page.waitForFunction(PANEL_SHOWN);
    return page;
  }

  it('comes back with panel, badge and state after the browser stops the service worker', async () => {
    const page = await openRun(LONG_RUN.url);
    await stopServiceWorker();

    // State kept in session storage: the popup, waking a new worker, still knows the run.
    const popup = await chrome.context.newPage();
    await popup.goto(chrome.extensionUrl('popup.html'));
    await page.bringToFront();
    await popup.locator('[data-testid="popup-tip-count"]').waitFor();
    await popup.close();

    await page.goto(FAST_RUN.url);
    await page.waitForFunction(panelShows(FAST_RUN.signals));
    const badge = await badgeText(FAST_RUN.url);
    expect(Number(badge)).toBeGreaterThan(0);
    expect(await page.evaluate(pageErrors)).toEqual([]);
    await page.close();
  });

  it('survives the page removing the panel: no crash, and never two panels', async () => {
    const page = await openRun(LONG_RUN.url);
    // A later update for the same run (the page model arriving after the text was read) may
    // put the panel back; what must never happen is a second one.
    await page.evaluate(() => {
      const record = window as unknown as { __mostPanels: number };
      record.__mostPanels = 1;
      new MutationObserver(() => {
        const panels = document.querySelectorAll('backstride-panel').length;
        record.__mostPanels = Math.max(record.__mostPanels, panels);
      }).observe(document.documentElement, { childList: true, subtree: true });
      document.querySelector('backstride-panel')?.remove();
    });
    // The next run the page shows gets a panel again, and only one.
    await page.locator(`a[href="/activities/${FAST_RUN.url.split('/').pop()}"]`).click();
    await page.waitForFunction(panelShows(FAST_RUN.signals));
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __mostPanels: number }).__mostPanels)).toBe(1);
    expect(await page.evaluate(pageErrors)).toEqual([]);
    await page.close();
  });

  it('goes quiet without errors when the extension is reloaded under an open page', async () => {
    const page = await openRun(LONG_RUN.url);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.evaluate(() => document.querySelector('backstride-panel')?.setAttribute('data-test-old-copy', ''));
    const restarted = chrome.context.waitForEvent('serviceworker');
    await chrome.reloadExtension();
    await restarted;

    // The new extension finds the open run by itself; the old copy's panel is gone.
    await page.waitForFunction(
      `(() => {
        const hosts = document.querySelectorAll('backstride-panel');
        return hosts.length === 1 && !hosts[0].hasAttribute('data-test-old-copy') && ${PANEL_SHOWN};
      })()`,
      undefined,
      { timeout: 15_000 },
    );
    // In-page navigation now reaches only the new reader, and nothing throws.
    await page.locator(`a[href="/activities/${FAST_RUN.url.split('/').pop()}"]`).click();
    await page.waitForFunction(panelShows(FAST_RUN.signals));
    expect((await page.evaluate(snapshotPanel)).hosts).toBe(1);
    expect(await page.evaluate(pageErrors)).toEqual([]);
    // The fixture server has no favicon; anything else logged as an error is ours.
    expect(consoleErrors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
    await page.close();
  });

  /** The toolbar badge of the tab showing `url`, read through an extension page. */
  async function badgeText(url: string): Promise<string> {
    const extensionPage = await chrome.context.newPage();
    await extensionPage.goto(chrome.extensionUrl('options.html'));
    try {
      return await extensionPage.evaluate(async (tabUrl) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const [tab] = await api.tabs.query({ url: tabUrl });
        return tab?.id === undefined || !api.action ? '' : api.action.getBadgeText({ tabId: tab.id });
      }, url);
    } finally {
      await extensionPage.close();
    }
  }

  /** Stops the extension's service worker, as the browser does when it has been idle. */
  async function stopServiceWorker(): Promise<void> {
    const extensionPage = await chrome.context.newPage();
    await extensionPage.goto(chrome.extensionUrl('options.html'));
    const cdp = await chrome.context.newCDPSession(extensionPage);
    // Playwright's worker 'close' event lags far behind; DevTools says when the worker has really stopped.
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((version) => version.scriptURL.startsWith(chrome.extensionUrl('')));
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('DevTools never said the service worker stopped.')), 15_000);
    });
    await Promise.race([stopped, late]).finally(() => clearTimeout(timer));
    await cdp.detach();
    await extensionPage.close();
  }
});
