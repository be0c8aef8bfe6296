import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  build: string;
  name: string;
  kind: 'content script' | 'page' | 'background';
  rawBytes: number;
  gzipBytes: number;
}

/**
 * Budgets CI enforces (gzip): the reader runs on every activity page, a bridge in the page's own
 * world beside it; the panel on a run with tips; the background wakes for every report; pages
 * load when opened.
 */
export const BUDGETS = {
  readerGzip: 4 * 1024,
  bridgeGzip: 2 * 1024,
  panelGzip: 20 * 1024,
  backgroundGzip: 25 * 1024,
  pageGzip: 40 * 1024,
} as const;
/** The readers, one per site (`strava-reader`, `garmin-connect-reader`). */
export const isReader = (name: string) => name.endsWith('-reader');

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every content script, every extension page (all the JavaScript it loads) and the background of one build. */
export function bundleSizes(outputDir: string, build: string): BundleSize[] {
  const dir = join(outputDir, build);
  const sizes: BundleSize[] = [];
  const scriptsDir = join(dir, 'content-scripts');
  // The manifest's and the on-demand content scripts, and the readers (scripts the background
  // injects, kept at the root by WXT as unlisted scripts).
  const pageScripts = [
    ...readdirSync(scriptsDir)
      .filter((name) => name.endsWith('.js'))
      .map((file) => ({ file, path: join(scriptsDir, file) })),
    ...readdirSync(dir)
      .filter((name) => isReader(name.replace(/\.js$/, '')) && name.endsWith('.js'))
      .map((file) => ({ file, path: join(dir, file) })),
  ];
  for (const { file, path } of pageScripts) {
    const bytes = readFileSync(path);
    sizes.push({
      build,
      name: file.replace(/\.js$/, ''),
      kind: 'content script',
      rawBytes: bytes.length,
      gzipBytes: gzip(bytes),
    });
  }
  for (const page of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const scripts = scriptsOfPage(dir, page);
    const bytes = scripts.map((file) => readFileSync(join(dir, file)));
    sizes.push({
      build,
      name: page.replace(/\.html$/, ''),
      kind: 'page',
      rawBytes: bytes.reduce((sum, file) => sum + file.length, 0),
      gzipBytes: bytes.reduce((sum, file) => sum + gzip(file), 0),
    });
  }
  const background = join(dir, 'background.js');
  if (statSync(background, { throwIfNoEntry: false })) {
    const bytes = readFileSync(background);
    sizes.push({ build, name: 'background', kind: 'background', rawBytes: bytes.length, gzipBytes: gzip(bytes) });
  }
  return sizes;
}

/** The scripts a page loads: its module entry, and every chunk that imports, transitively. */
function scriptsOfPage(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+href="\/?([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, imported = ''] of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.js|\/[^"]+\.js)"/g)) {
      queue.push(join(file, '..', imported).replace(/^\//, ''));
    }
  }
  return [...seen];
}

/** Budget breaches, in words; empty when all is within budget. */
export function budgetProblems(sizes: readonly BundleSize[]): string[] {
  return sizes.flatMap((size) => {
    if (size.kind === 'content script' && isReader(size.name) && size.gzipBytes > BUDGETS.readerGzip) {
      return [`${size.build} ${size.name}: ${size.gzipBytes} B gzip, budget ${BUDGETS.readerGzip} B`];
    }
    if (size.kind === 'content script' && size.name.endsWith('bridge') && size.gzipBytes > BUDGETS.bridgeGzip) {
      return [`${size.build} ${size.name}: ${size.gzipBytes} B gzip, budget ${BUDGETS.bridgeGzip} B`];
    }
    if (size.kind === 'content script' && size.name === 'panel' && size.gzipBytes > BUDGETS.panelGzip) {
      return [`${size.build} panel: ${size.gzipBytes} B gzip, budget ${BUDGETS.panelGzip} B`];
    }
    if (size.kind === 'background' && size.gzipBytes > BUDGETS.backgroundGzip) {
      return [`${size.build} background: ${size.gzipBytes} B gzip, budget ${BUDGETS.backgroundGzip} B`];
    }
    if (size.kind === 'page' && size.gzipBytes > BUDGETS.pageGzip) {
      return [`${size.build} ${size.name} page: ${size.gzipBytes} B gzip, budget ${BUDGETS.pageGzip} B`];
    }
    return [];
  });
}
