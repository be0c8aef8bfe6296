import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stravaPage } from '../fixtures/strava/pages';
import { BUILDS, builtExtension } from './support/builds';
import { chromiumDriver } from './support/chromium-driver';
import type { Driver } from './support/driver';
import { firefoxDriver } from './support/firefox-driver';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PANEL_SHOWN } from './support/panel-probe';

const RUN = stravaPage('run-long-metric-de.html');

const BROWSERS: readonly [string, (server: FixtureServer, profile: string) => Promise<Driver>][] = [
  ['Chromium', (server, profile) => chromiumDriver(builtExtension(BUILDS.chrome), server, profile)],
  [
    'Firefox ESR (MV2)',
    (server, profile) => firefoxDriver('Firefox', builtExtension(BUILDS.firefoxMv2), server, 'light', profile),
  ],
];

describe.each(BROWSERS)('%s, with a persistent profile', (_name, launch) => {
  let server: FixtureServer;
  let profile: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    profile = mkdtempSync(join(tmpdir(), 'backstride-profile-'));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  // Two browser launches in one test: more than the usual time on a slow machine.
  it('keeps a check-in across a browser restart, and shows it in the insights', { timeout: 120_000 }, async () => {
    const first = await launch(server, profile);
    try {
      const page = await first.openPage(RUN.url);
      await page.waitFor(PANEL_SHOWN);
      await page.clickInPanel('[data-soreness="moderate"]');
      // The radio ticks on the click; "saved" shows only once the background has stored it.
      await page.waitFor(`${checked('moderate')} && ${SAVED}`);
    } finally {
      await first.close();
    }

    const second = await launch(server, profile);
    try {
      const sidePanel = await second.openExtensionPage('sidepanel.html');
      await sidePanel.click('[data-tab="insights"]');
      await sidePanel.waitForSelector('[data-testid="soreness-chart"] circle');
      expect(
        await sidePanel.evaluate(() => document.querySelectorAll('[data-testid="soreness-chart"] circle').length),
      ).toBe(1);
      const page = await second.openPage(RUN.url);
      await page.waitFor(PANEL_SHOWN);
      await page.waitFor(checked('moderate'));
    } finally {
      await second.close();
    }
  });
});

const SAVED = `!!document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="check-in"] [role="status"]')`;

function checked(soreness: string): string {
  return `document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-soreness="${soreness}"]')?.checked === true`;
}
