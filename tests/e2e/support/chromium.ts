import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_PATH, requireBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';
import { SITE_HOSTS } from './tls';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  /** Loads the extension again from disk, as an update or a developer's reload does. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the built extension loaded and the sites mapped to the fixture server. */
export async function launchChromium(
  extensionDir: string,
  server: FixtureServer,
  {
    headless = true,
    profileDir,
    reloadable = false,
  }: { headless?: boolean; profileDir?: string; reloadable?: boolean } = {},
): Promise<ChromiumWithExtension> {
  // A profile of the caller's outlives this browser (to test a restart); our own does not.
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'backstride-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...launchOptions(headless),
    args: [
      ...browserArgs(server),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // chrome.runtime.reload() drops an extension loaded from the command line for good, so a
      // reload goes through DevTools' Extensions domain, which this flag opens.
      ...(reloadable ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    reloadExtension: async () => {
      const browser = context.browser();
      if (!reloadable || !browser) throw new Error('Launch with { reloadable: true } to reload the extension.');
      const cdp = await browser.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
      } finally {
        await cdp.detach();
      }
    },
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium, flags and fixture sites, without the extension: the baseline for measurements. */
export async function launchChromiumWithoutExtension(
  server: FixtureServer,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstride-chromium-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...launchOptions(true),
    args: browserArgs(server),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function launchOptions(headless: boolean) {
  return {
    executablePath: requireBrowser(CHROMIUM_PATH, 'chromium'),
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  };
}

function browserArgs(server: FixtureServer): string[] {
  const hostRules = SITE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.httpsPort}`).join(', ');
  return [
    `--host-resolver-rules=${hostRules}`,
    // This machine has no network: keep Chromium from calling home.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
  ];
}
