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
import { STRAVA_PAGES, stravaPage } from '../tests/fixtures/strava/pages';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'demo-screenshots');

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await startFixtureServer();
const chrome = await launchChromium(builtExtension(BUILDS.chrome), server, { headless });

if (headless) {
  await takeScreenshots();
  await chrome.close();
  await server.close();
} else {
  for (const page of STRAVA_PAGES) await (await chrome.context.newPage()).goto(page.url);
  console.log(`Chromium is open on ${STRAVA_PAGES.length} sample activities (tabs). Close the window to end the demo.`);
  chrome.context.on('close', () => void server.close());
}

async function takeScreenshots(): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shots: string[] = [];
  for (const fixture of STRAVA_PAGES) {
    const page = await chrome.context.newPage();
    await page.goto(fixture.url);
    if (fixture.signals.length > 0) await page.locator('[data-testid="backstride-panel"]').waitFor();
    else await page.waitForTimeout(1000);
    shots.push(await shoot(page, `page-${fixture.file.replace('.html', '')}.png`));
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
    shots.push(await shoot(page, `${view}-long-run.png`));
    await page.close();
  }
  console.log(`No display: wrote ${shots.length} screenshots to ${SCREENSHOT_DIR}`);
  for (const shot of shots) console.log(`  ${shot}`);
}

async function shoot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, name);
  await page.screenshot({ path });
  return path;
}
