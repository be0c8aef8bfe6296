import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser } from './browsers';
import type { FixtureServer } from './fixture-server';

const PROFILE_UUID = '6f1d0f3c-4b55-4c43-9a0e-2a1c5d7b9e01';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless over WebDriver BiDi, with the built extension installed as a
 * temporary add-on. The sites are reached through the fixture server's proxy; the extension's
 * UUID is pinned so its pages have a known address.
 */
export async function launchFirefox(
  extensionDir: string,
  server: FixtureServer,
  { colorScheme = 'light', profileDir }: { colorScheme?: 'light' | 'dark'; profileDir?: string } = {},
): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // The extension's storage belongs to its UUID: a profile kept for a restart keeps its UUID too.
  const uuid = profileDir ? PROFILE_UUID : randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX_PATH, 'firefox-esr'),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    ...(profileDir && { userDataDir: profileDir }),
    // Lets the automation open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // A temporary add-on is uninstalled when Firefox quits; its data should outlive that, as an installed one's does.
      'extensions.webextensions.keepStorageOnUninstall': true,
      // Firefox cannot switch prefers-color-scheme per page over BiDi: the whole browser runs in one scheme.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${uuid}/${path}`,
    close: () => closeFirefox(browser),
  };
}

/** How long Firefox gets to quit by itself; a loaded CI machine has been seen to hang it for a minute. */
const QUIT_WAIT_MS = 15_000;

async function closeFirefox(browser: Browser): Promise<void> {
  const process = browser.process();
  const quit = browser.close().then(
    () => true,
    () => false,
  );
  if (await within(QUIT_WAIT_MS, quit)) return;
  console.warn(`Firefox did not quit within ${QUIT_WAIT_MS / 1000} s of being asked; its process was killed.`);
  if (!process || process.exitCode !== null || process.signalCode !== null) return;
  // The next launch may use the same profile: it must be free of this Firefox first.
  const exited = new Promise<true>((resolve) => process.once('exit', () => resolve(true)));
  process.kill('SIGKILL');
  await within(5000, exited);
}

/** The promise's value, or false if it takes longer than `ms`. */
async function within(ms: number, promise: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
