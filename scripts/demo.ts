// npm run demo: builds the extension and opens Chromium with it on the bundled sample activity
// pages, served locally under www.strava.com, so anyone can see Backstride work without a
// Strava account. With no display it runs headless and writes screenshots instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BUILDS, builtExtension } from '../tests/e2e/support/builds';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { garminFixture } from '../tests/fixtures/garmin-connect/payloads';
import { STRAVA_FEED, stravaPage } from '../tests/fixtures/strava/pages';
import { LAPTOP_VIEWPORT, settled } from './screenshot-page';

// `npm run demo -- --docs` writes the README's screenshots (every view, light and dark) instead.
const forDocs = process.argv.includes('--docs');
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', forDocs ? 'docs/screenshots' : 'demo-screenshots');

/** The sample pages the demo opens, and whether Backstride has a panel for each. */
const DEMO_PAGES = [
  { name: 'strava-long-run', url: stravaPage('run-long-metric-en.html').url, panel: true },
  { name: 'strava-fast-run-fr', url: stravaPage('run-fast-metric-fr.html').url, panel: true },
  { name: 'strava-trail-run', url: stravaPage('trail-run-metric-en.html').url, panel: true },
  { name: 'strava-ride', url: stravaPage('ride-metric-en.html').url, panel: false },
  { name: 'garmin-long-run', url: garminFixture('run-long.json').url, panel: true },
  { name: 'strava-feed', url: STRAVA_FEED.url, panel: false },
];

const headless = forDocs || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await startFixtureServer();
const chrome = await launchChromium(builtExtension(BUILDS.chrome), server, { headless });

if (forDocs) {
  await takeDocsScreenshots();
  await chrome.close();
  await server.close();
} else if (headless) {
  await takeScreenshots();
  await chrome.close();
  await server.close();
} else {
  for (const page of DEMO_PAGES) await (await chrome.context.newPage()).goto(page.url);
  console.log(`Chromium is open on ${DEMO_PAGES.length} sample pages (tabs). Close the window to end the demo.`);
  console.log(
    'For screenshots instead, run it without a display (e.g. `DISPLAY= npm run demo`): they go to demo-screenshots/.',
  );
  chrome.context.on('close', () => void server.close());
}

async function takeScreenshots(): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shots: string[] = [];
  for (const demo of DEMO_PAGES) {
    const page = await chrome.context.newPage();
    await page.setViewportSize(LAPTOP_VIEWPORT);
    await page.goto(demo.url);
    if (demo.panel) await page.locator('[data-testid="backstride-panel"]').waitFor();
    // No panel is coming: give the reader time to have decided so.
    else await page.waitForTimeout(1000);
    await settled(page);
    shots.push(await shoot(page, `page-${demo.name}.png`));
    await page.close();
  }

  const runPage = await chrome.context.newPage();
  await runPage.goto(stravaPage('run-long-metric-en.html').url);
  await runPage.locator('[data-testid="backstride-panel"]').waitFor();
  for (const [view, size] of [
    ['popup', { width: 360, height: 420 }],
    ['sidepanel', { width: 400, height: 900 }],
  ] as const) {
    const page = await chrome.context.newPage();
    await page.setViewportSize(size);
    await page.goto(chrome.extensionUrl(`${view}.html`));
    await runPage.bringToFront();
    await page.locator('.bs-chip').first().waitFor();
    await settled(page);
    shots.push(await shoot(page, `${view}-long-run.png`));
    await page.close();
  }
  console.log(`No display: wrote ${shots.length} screenshots to ${SCREENSHOT_DIR} (page views at 1366×657):`);
  for (const shot of shots) console.log(`  ${shot}`);
}

/** Every view on the long-run sample, light and dark, for the README. */
async function takeDocsScreenshots(): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shots: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const runPage = await chrome.context.newPage();
    await runPage.emulateMedia({ colorScheme });
    await runPage.setViewportSize(LAPTOP_VIEWPORT);
    await runPage.goto(stravaPage('run-long-metric-en.html').url);
    await runPage.locator('[data-testid="backstride-panel"]').waitFor();
    await settled(runPage);
    shots.push(await shoot(runPage, `panel-${colorScheme}.png`));
    for (const [view, size] of [
      ['popup', { width: 360, height: 460 }],
      ['sidepanel', { width: 420, height: 1400 }],
      ['options', { width: 760, height: 1600 }],
    ] as const) {
      const page = await chrome.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(size);
      await page.goto(chrome.extensionUrl(`${view}.html`));
      if (view !== 'options') {
        await runPage.bringToFront();
        await page.locator('.bs-chip').first().waitFor();
      } else {
        // Past "Loading…": the settings and the runs seen are on the page.
        await page.locator('[data-testid="runs-seen"]').waitFor();
      }
      await settled(page);
      shots.push(await shoot(page, `${view}-${colorScheme}.png`));
      await page.close();
    }
    await runPage.close();
  }
  shots.push(...(await takeSafetyScreenshots()));
  shots.push(...(await takeInsightsScreenshots()));
  console.log(`Wrote ${shots.length} screenshots to ${SCREENSHOT_DIR}`);
}

/**
 * In the side panel, on the long-run sample: the check-in once the pain is moderate (its
 * warning signs asked outright), and a tip with the public sources behind it. The check-in is
 * answered "fine" again afterwards, so no sample answer is left behind.
 */
async function takeSafetyScreenshots(): Promise<string[]> {
  const shots: string[] = [];
  const runPage = await chrome.context.newPage();
  await runPage.goto(stravaPage('run-long-metric-en.html').url);
  await runPage.locator('[data-testid="backstride-panel"]').waitFor();
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await chrome.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 420, height: 1400 });
    await page.goto(chrome.extensionUrl('sidepanel.html'));
    await runPage.bringToFront();
    await page.locator('[data-testid="sidepanel-run"] [data-soreness="moderate"]').click();
    await page.locator('[data-testid="red-flags"]').waitFor();
    await settled(page);
    const checkIn = join(SCREENSHOT_DIR, `check-in-red-flags-${colorScheme}.png`);
    await page.locator('[data-testid="sidepanel-run"] [data-testid="check-in"]').screenshot({ path: checkIn });
    const tip = join(SCREENSHOT_DIR, `tip-sources-${colorScheme}.png`);
    await page.locator('[data-testid="sidepanel-run"] .bs-tip:has(.bs-tip-sources)').first().screenshot({ path: tip });
    shots.push(checkIn, tip);
    await page.locator('[data-testid="sidepanel-run"] [data-soreness="none"]').click();
    await page.close();
  }
  await runPage.close();
  return shots;
}

/** The insights tab, over a few weeks of sample check-ins in which long runs tend to hurt. */
async function takeInsightsScreenshots(): Promise<string[]> {
  const day = 24 * 3600 * 1000;
  const start = Date.UTC(2025, 8, 1);
  const pattern: [signals: string[], soreness: string][] = [
    [['long'], 'moderate'],
    [[], 'none'],
    [['fast'], 'none'],
    [['long', 'hilly'], 'severe'],
    [[], 'none'],
    [[], 'mild'],
    [['long'], 'mild'],
    [['fast', 'workout'], 'none'],
    [[], 'none'],
    [['long'], 'moderate'],
    [[], 'none'],
    [['fast'], 'mild'],
  ];
  const checkIns = pattern.map(([signals, soreness], index) => ({
    key: `strava:${13000000000 + index}`,
    site: 'strava',
    activityId: String(13000000000 + index),
    run: { sport: 'run', startTime: new Date(start + index * 3 * day).toISOString().slice(0, 19), distanceM: 8000 },
    signals,
    soreness,
    areas: soreness === 'none' ? [] : ['shoulder-blades'],
    redFlags: [],
    recordedAt: start + index * 3 * day,
    updatedAt: start + index * 3 * day,
  }));
  const worker = chrome.context.serviceWorkers()[0] ?? (await chrome.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (seed) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({ checkIns: seed }),
    checkIns,
  );
  const shots: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await chrome.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 420, height: 760 });
    await page.goto(chrome.extensionUrl('sidepanel.html'));
    await page.locator('[data-tab="insights"]').click();
    await page.locator('[data-testid="soreness-chart"] circle').first().waitFor();
    await settled(page);
    shots.push(await shoot(page, `insights-${colorScheme}.png`));
    await page.close();
  }
  return shots;
}

async function shoot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, name);
  await page.screenshot({ path });
  return path;
}
