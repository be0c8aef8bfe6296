// npm run store-kit: everything the Chrome Web Store and addons.mozilla.org ask for, in docs/store/:
// screenshots at 1280×800 (light and dark), the 440×280 promo tile, the listing texts in every
// language, and the answers to each store's privacy form. The screenshots are of the built
// extension on the bundled sample pages, taken once nothing moves any more.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { LOCALES } from '../src/locales';
import { LANGUAGE_NAMES } from '../src/words/language-names';
import { BUILDS, builtExtension } from '../tests/e2e/support/builds';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { garminFixture } from '../tests/fixtures/garmin-connect/payloads';
import { stravaPage } from '../tests/fixtures/strava/pages';
import { settled } from './screenshot-page';
import {
  AMO_ANSWERS,
  CHROME_DATA_USAGE,
  HOST_JUSTIFICATIONS,
  PERMISSION_JUSTIFICATIONS,
  REMOTE_CODE,
  SINGLE_PURPOSE,
} from './store-kit/privacy';

const ROOT = join(import.meta.dirname, '..');
const STORE_DIR = join(ROOT, 'docs', 'store');
const LISTINGS_DIR = join(import.meta.dirname, 'store-kit', 'listings');
const SCREENSHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
/** The stores' limits: Chrome's summary (the manifest description) and AMO's summary. */
const SUMMARY_MOST = 132;

interface Listing {
  name: string;
  summary: string;
  description: string[];
}

const written: string[] = [];
const write = (path: string, content: string | Buffer) => {
  writeFileSync(path, content);
  written.push(path);
};

rmSync(STORE_DIR, { recursive: true, force: true });
mkdirSync(join(STORE_DIR, 'screenshots'), { recursive: true });
mkdirSync(join(STORE_DIR, 'listings'), { recursive: true });

console.log('Building the Chrome extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT });
const manifest = JSON.parse(readFileSync(join(builtExtension(BUILDS.chrome), 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  host_permissions?: string[];
  version: string;
};

writeListings();
writePrivacyAnswers();

const server = await startFixtureServer();
const chrome = await launchChromium(builtExtension(BUILDS.chrome), server);
try {
  await takeScreenshots(chrome.context, chrome.extensionUrl);
  await makePromoTile(chrome.context);
} finally {
  await chrome.close();
  await server.close();
}

console.log(`Store kit for version ${manifest.version}: ${written.length} files in docs/store/`);
for (const path of written) console.log(`  ${path.slice(ROOT.length + 1)}`);

function writeListings(): void {
  for (const locale of LOCALES) {
    const listing = JSON.parse(readFileSync(join(LISTINGS_DIR, `${locale}.json`), 'utf8')) as Listing;
    if (listing.summary.length > SUMMARY_MOST) {
      throw new Error(
        `The ${locale} summary has ${listing.summary.length} characters; the stores take ${SUMMARY_MOST}.`,
      );
    }
    // Chrome shows the manifest's description as the summary: the two must say the same.
    const manifestSummary = manifestDescription(locale);
    if (listing.summary !== manifestSummary) {
      throw new Error(
        `The ${locale} summary differs from its _locales description:\n  ${listing.summary}\n  ${manifestSummary}`,
      );
    }
    if (listing.description.length === 0 || listing.description.some((paragraph) => !paragraph.trim())) {
      throw new Error(`The ${locale} listing has an empty description paragraph.`);
    }
    write(
      join(STORE_DIR, 'listings', `${locale}.md`),
      [
        `# ${listing.name} — ${LANGUAGE_NAMES[locale]} (${locale})`,
        '',
        `## Summary (${listing.summary.length} of ${SUMMARY_MOST} characters)`,
        '',
        listing.summary,
        '',
        '## Description',
        '',
        listing.description.join('\n\n'),
        '',
      ].join('\n'),
    );
  }
}

function manifestDescription(locale: (typeof LOCALES)[number]): string {
  const folder = locale === 'pt' ? 'pt_BR' : locale;
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', folder, 'messages.json'), 'utf8')) as {
    extDescription: { message: string };
  };
  return messages.extDescription.message;
}

function writePrivacyAnswers(): void {
  const permissions = manifest.permissions ?? [];
  const hosts = manifest.host_permissions ?? [];
  const unexplained = [
    ...permissions.filter((permission) => !(permission in PERMISSION_JUSTIFICATIONS)),
    ...hosts.filter((host) => !(host in HOST_JUSTIFICATIONS)),
  ];
  if (unexplained.length > 0) {
    throw new Error(`No justification in scripts/store-kit/privacy.ts for: ${unexplained.join(', ')}`);
  }
  const lines = [
    '# Privacy answers for the store forms',
    '',
    `Made by \`npm run store-kit\` from the built manifest (version ${manifest.version}); the privacy policy is \`PRIVACY.md\`.`,
    '',
    '## Chrome Web Store — Privacy practices',
    '',
    '### Single purpose',
    '',
    SINGLE_PURPOSE,
    '',
    '### Permission justification',
    '',
    ...permissions.map((permission) => `- **${permission}**: ${PERMISSION_JUSTIFICATIONS[permission]}`),
    '',
    '### Host permission justification',
    '',
    ...hosts.map((host) => `- **${host}**: ${HOST_JUSTIFICATIONS[host]}`),
    '',
    '### Remote code',
    '',
    `${REMOTE_CODE.answer} ${REMOTE_CODE.why}`,
    '',
    '### Data usage',
    '',
    CHROME_DATA_USAGE.collected,
    '',
    'Handled on the device only, never transmitted:',
    '',
    ...CHROME_DATA_USAGE.handledOnDevice.map((kind) => `- ${kind}`),
    '',
    CHROME_DATA_USAGE.note,
    '',
    'Certified (all three):',
    '',
    ...CHROME_DATA_USAGE.certifications.map((certification) => `- ${certification}`),
    '',
    '## addons.mozilla.org',
    '',
    `- **Data collection**: ${AMO_ANSWERS.dataCollection}`,
    `- **Privacy policy**: ${AMO_ANSWERS.privacyPolicy}`,
    `- **Source code**: ${AMO_ANSWERS.sourceCode}`,
    `- **Notes to reviewer**: ${AMO_ANSWERS.reviewerNotes}`,
    '',
  ];
  write(join(STORE_DIR, 'privacy-answers.md'), lines.join('\n'));
}

/** The panel on a Strava and a Garmin Connect long run, and the side panel's insights, in both schemes. */
async function takeScreenshots(context: BrowserContext, extensionUrl: (path: string) => string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, url] of [
      ['strava-long-run', stravaPage('run-long-metric-en.html').url],
      ['garmin-long-run', garminFixture('run-long.json').url],
    ] as const) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(SCREENSHOT);
      await page.goto(url);
      await page.locator('[data-testid="backstride-panel"]').waitFor();
      await settled(page);
      await shoot(page, join(STORE_DIR, 'screenshots', `${name}-${colorScheme}.png`));
      await page.close();
    }
    // The side panel beside the run it is about, as Chrome shows it: two views side by side.
    const runPage = await context.newPage();
    await runPage.emulateMedia({ colorScheme });
    await runPage.setViewportSize({ width: SCREENSHOT.width - 420, height: SCREENSHOT.height });
    await runPage.goto(stravaPage('run-long-metric-en.html').url);
    await runPage.locator('[data-testid="backstride-panel"]').waitFor();
    await settled(runPage);
    const pageShot = await runPage.screenshot();
    const side = await context.newPage();
    await side.emulateMedia({ colorScheme });
    await side.setViewportSize({ width: 420, height: SCREENSHOT.height });
    await side.goto(extensionUrl('sidepanel.html'));
    await runPage.bringToFront();
    await side.locator('[data-testid="sidepanel-run"] [data-tip-id]').first().waitFor();
    await settled(side);
    const sideShot = await side.screenshot();
    await side.close();
    await runPage.close();
    await compose(
      context,
      join(STORE_DIR, 'screenshots', `side-panel-${colorScheme}.png`),
      SCREENSHOT,
      `<body style="margin:0;display:flex;background:${colorScheme === 'dark' ? '#151b1d' : '#fbfaf7'}">
        <img src="data:image/png;base64,${pageShot.toString('base64')}" width="${SCREENSHOT.width - 420}" height="${SCREENSHOT.height}">
        <img src="data:image/png;base64,${sideShot.toString('base64')}" width="420" height="${SCREENSHOT.height}" style="border-left:1px solid #8884">
      </body>`,
    );
  }
}

/** The small promo tile: the icon, the name and what it does, in the panel's colours. */
async function makePromoTile(context: BrowserContext): Promise<void> {
  const icon = readFileSync(join(ROOT, 'public', 'icon', '128.png')).toString('base64');
  await compose(
    context,
    join(STORE_DIR, 'promo-tile-440x280.png'),
    TILE,
    `<body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;display:flex;align-items:center;gap:20px;
        padding:0 28px;box-sizing:border-box;background:#2f6f73;color:#fff;font-family:system-ui,sans-serif">
      <img src="data:image/png;base64,${icon}" width="96" height="96" style="border-radius:20px;background:#fff">
      <div>
        <div style="font-size:34px;font-weight:800;letter-spacing:-0.5px">Backstride</div>
        <div style="font-size:17px;line-height:1.35;margin-top:6px">Upper-back tips that fit<br>the run you are looking at</div>
        <div style="font-size:13px;margin-top:10px;opacity:.9">Strava · Garmin Connect · private</div>
      </div>
    </body>`,
  );
}

/** Renders our own HTML (no page of anyone's) at a size, and saves it. */
async function compose(context: BrowserContext, path: string, size: typeof SCREENSHOT, html: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await shoot(page, path);
  await page.close();
}

async function shoot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path });
  written.push(path);
}
