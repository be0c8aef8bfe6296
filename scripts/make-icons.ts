// Renders scripts/icon.svg to the PNG icons in public/icon/ with Debian's Chromium.
// Run after changing the SVG: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/support/browsers';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(join(import.meta.dirname, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({
      path: join(import.meta.dirname, '..', 'public', 'icon', `${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
