// npm run bench: what Backstride costs a page, measured in Debian's Chromium on the bundled
// fixture pages. Prints a table and writes bench-results/bench.json. No test asserts timings:
// this is where they are measured, and the README quotes the latest run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { BUILDS, builtExtension } from '../tests/e2e/support/builds';
import { launchChromium, launchChromiumWithoutExtension } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { garminFixture } from '../tests/fixtures/garmin-connect/payloads';
import { STRAVA_FEED, stravaPage } from '../tests/fixtures/strava/pages';
import { measureClassify, measureImport } from './bench/history';
import { BUDGETS, budgetProblems, bundleSizes } from './bench/sizes';

const LOADS = Number(process.env.BENCH_LOADS ?? 30);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 40);
const LOAD_LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 4);
const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 200);
const WARM_UP_NAVIGATIONS = 20;
const RESULTS_DIR = join(import.meta.dirname, '..', 'bench-results');

const LONG_RUN = stravaPage('run-long-metric-en.html');
const LATE_RUN = stravaPage('run-long-late-render-dom-only-en.html');
const RIDE = stravaPage('ride-metric-en.html');
/** Garmin Connect's app of today: /app/activity/<id>, its JSON from /gc-api/…. */
const GARMIN_RUN = garminFixture('run-long.json');

/** Records, from the page's own world, when the stats appear and when the panel does. */
const PROBE = `(() => {
  const bench = (window.__bench = {});
  const panelVisible = () => {
    const panel = document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="backstride-panel"]');
    if (panel && bench.panelAt === undefined) bench.panelAt = performance.now();
  };
  new MutationObserver(() => {
    if (bench.statsAt === undefined && document.querySelector('.activity-summary-container')) bench.statsAt = performance.now();
    for (const host of document.querySelectorAll('backstride-panel')) {
      if (host.shadowRoot && !host.__benchWatched) {
        host.__benchWatched = true;
        new MutationObserver(panelVisible).observe(host.shadowRoot, { childList: true, subtree: true });
      }
    }
    panelVisible();
  }).observe(document, { childList: true, subtree: true });
})()`;

/**
 * When the panel shows, from navigation start and from the end of the page's own load event:
 * the reader is put in once the page has loaded, so the second is what is ours.
 */
const FROM_NAVIGATION_AND_LOAD = {
  fromNavigation: 'window.__bench.panelAt',
  fromLoad: "window.__bench.panelAt - performance.getEntriesByType('navigation')[0].loadEventEnd",
};

interface Timing {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

console.log('Building…');
execFileSync('npm', ['run', 'build:all'], { stdio: 'ignore' });
const outputDir = join(import.meta.dirname, '..', '.output');
const sizes = Object.values(BUILDS).flatMap((build) => bundleSizes(outputDir, build));

const server = await startFixtureServer();
const withExtension = await launchChromium(builtExtension(BUILDS.chrome), server);
const without = await launchChromiumWithoutExtension(server);
try {
  const probed = withExtension.context;
  const stravaPanel = await measurePanel(probed, LONG_RUN.url, FROM_NAVIGATION_AND_LOAD);
  const { fromStats: panelFromStats } = await measurePanel(probed, LATE_RUN.url, {
    fromStats: 'window.__bench.panelAt - window.__bench.statsAt',
  });
  const garminPanel = await measurePanel(probed, GARMIN_RUN.url, FROM_NAVIGATION_AND_LOAD);
  const load = await measureLoadPairsOverLaunches(LONG_RUN.url);
  const scriptOnNonRun = await measureLoadPairs(withExtension.context, without.context, STRAVA_FEED.url, 15);
  const scriptOnRide = await measureLoadPairs(withExtension.context, without.context, RIDE.url, 15);
  const navigations = await measureNavigations(withExtension.context, true);
  const navigationsWithout = await measureNavigations(without.context, false);
  const network = await measureExtensionRequests(withExtension.context, without.context, server.requests);

  const results = {
    measuredAt: new Date().toISOString(),
    environment: { chromium: withExtension.context.browser()?.version() ?? 'unknown', node: process.version },
    sizes,
    budgets: { ...BUDGETS, problems: budgetProblems(sizes) },
    panelFromNavigationStart: stravaPanel.fromNavigation,
    panelFromLoadEvent: stravaPanel.fromLoad,
    panelFromStatsPresent: panelFromStats,
    garminPanelFromNavigationStart: garminPanel.fromNavigation,
    garminPanelFromLoadEvent: garminPanel.fromLoad,
    pageLoad: load,
    ourScriptOnNonRunPage: scriptOnNonRun,
    ourScriptOnRidePage: scriptOnRide,
    inPageNavigations: { withExtension: navigations, withoutExtension: navigationsWithout },
    extensionNetworkRequests: network,
    history: { classify: measureClassify(), importCsv: measureImport() },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
} finally {
  await withExtension.close();
  await without.close();
  await server.close();
}

/** Loads `url` again and again; each load gives each of `samples` evaluated once the panel is shown. */
async function measurePanel<Name extends string>(
  context: BrowserContext,
  url: string,
  samples: Record<Name, string>,
): Promise<Record<Name, Timing>> {
  const names = Object.keys(samples) as Name[];
  const taken = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let load = 0; load < LOADS; load++) {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction('window.__bench?.panelAt !== undefined', undefined, { timeout: 15_000 });
    for (const name of names) taken.get(name)?.push(await page.evaluate(samples[name]));
    await page.close();
  }
  return Object.fromEntries(names.map((name) => [name, timing(taken.get(name) ?? [])])) as Record<Name, Timing>;
}

interface LoadPair {
  loadEventMs: { with: number; without: number };
  scriptMs: { with: number; without: number };
}

/**
 * The page load with and without the extension, in pairs spread over fresh launches of both
 * browsers: on this kind of machine one browser process can run a few percent slower than
 * another for its whole life (runs of one build have given ratios from 1.02 to 1.15),
 * which pairs within one launch cannot tell from our cost.
 */
async function measureLoadPairsOverLaunches(url: string, launches = LOAD_LAUNCHES) {
  const results: LoadPair[] = [];
  for (let launch = 0; launch < launches; launch++) {
    const withExt = await launchChromium(builtExtension(BUILDS.chrome), server);
    const withoutExt = await launchChromiumWithoutExtension(server);
    try {
      // A first load each, not counted: the extension's worker and both caches start cold.
      await loadOnce(withExt.context, url);
      await loadOnce(withoutExt.context, url);
      results.push(...(await loadPairs(withExt.context, withoutExt.context, url, Math.ceil(PAIRS / launches))));
    } finally {
      await withExt.close();
      await withoutExt.close();
    }
  }
  return summarizeLoadPairs(results);
}

/** Load pairs in the two browsers already running (for script time, which one process does not tip). */
async function measureLoadPairs(withExt: BrowserContext, withoutExt: BrowserContext, url: string, pairs = PAIRS) {
  return summarizeLoadPairs(await loadPairs(withExt, withoutExt, url, pairs));
}

/**
 * Loads the page in the browser with the extension and in the one without, alternately, and
 * compares the load event and the main thread's script time (every world's: ours included).
 */
async function loadPairs(withExt: BrowserContext, withoutExt: BrowserContext, url: string, pairs: number) {
  const results: LoadPair[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? [withExt, withoutExt] : [withoutExt, withExt];
    const measured = new Map<BrowserContext, { loadEventMs: number; scriptMs: number }>();
    for (const context of order) measured.set(context, await loadOnce(context, url));
    const a = measured.get(withExt);
    const b = measured.get(withoutExt);
    if (a && b)
      results.push({
        loadEventMs: { with: a.loadEventMs, without: b.loadEventMs },
        scriptMs: { with: a.scriptMs, without: b.scriptMs },
      });
  }
  return results;
}

function summarizeLoadPairs(results: readonly LoadPair[]) {
  const ratios = results.map((pair) => pair.loadEventMs.with / pair.loadEventMs.without);
  return {
    pairs: results.length,
    loadEventMedianMs: {
      with: median(results.map((pair) => pair.loadEventMs.with)),
      without: median(results.map((pair) => pair.loadEventMs.without)),
    },
    loadRatioMedianOfPairs: median(ratios),
    scriptMedianMs: {
      with: median(results.map((pair) => pair.scriptMs.with)),
      without: median(results.map((pair) => pair.scriptMs.without)),
    },
    extraScriptMedianMs: median(results.map((pair) => pair.scriptMs.with - pair.scriptMs.without)),
  };
}

async function loadOnce(context: BrowserContext, url: string): Promise<{ loadEventMs: number; scriptMs: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Whatever we do after load (reading, the panel) belongs in the script time too.
  await page.waitForTimeout(400);
  const loadEventMs = (await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")) as number;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await page.close();
  return { loadEventMs, scriptMs };
}

/** Back and forth between two runs in the page's own app: memory, and never more than one panel. */
async function measureNavigations(context: BrowserContext, withPanel: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(STRAVA_FEED.url);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  const targets = [
    { href: '/activities/12000000001', signals: 'long' },
    { href: '/activities/12000000003', signals: stravaPage('run-fast-imperial-en.html').signals.join(' ') },
  ];
  let step = 0;
  const next = () => navigate(page, targets[step++ % 2] ?? { href: '', signals: '' }, withPanel);
  // A first few rounds warm up the page's and our code (compiled code, caches) before measuring.
  for (let round = 0; round < WARM_UP_NAVIGATIONS; round++) await next();
  const heapBefore = await heap();
  let maxPanels = 0;
  for (let round = 0; round < NAVIGATIONS; round++) {
    await next();
    maxPanels = Math.max(
      maxPanels,
      (await page.evaluate("document.querySelectorAll('backstride-panel').length")) as number,
    );
  }
  const heapAfter = await heap();
  await page.close();
  return {
    navigations: NAVIGATIONS,
    jsHeapBeforeBytes: heapBefore,
    jsHeapAfterBytes: heapAfter,
    jsHeapGrowthBytes: heapAfter - heapBefore,
    maxPanelElements: maxPanels,
  };
}

/** Clicks through to a run and waits for its panel (or, without the extension, for the page). */
async function navigate(page: Page, target: { href: string; signals: string }, withPanel: boolean) {
  await page.locator(`a[href="${target.href}"]`).first().click();
  const shown = withPanel
    ? `document.querySelector('backstride-panel')?.shadowRoot?.querySelector('[data-testid="backstride-panel"]')?.getAttribute('data-signals') === ${JSON.stringify(target.signals)}`
    : `document.querySelector('.pagenav a[href^=${JSON.stringify(`${target.href}/`)}]') !== null`;
  await page.waitForFunction(`location.pathname === ${JSON.stringify(target.href)} && ${shown}`, undefined, {
    timeout: 15_000,
  });
}

/**
 * Requests seen with the extension that the same visits do not make without it: the page's
 * own requests cancel out, so anything left would be ours. Also counts what reached the
 * fixture server, in case a request escaped the pages' view.
 */
async function measureExtensionRequests(withExt: BrowserContext, withoutExt: BrowserContext, serverLog: string[]) {
  const visits = [LONG_RUN.url, RIDE.url, STRAVA_FEED.url, stravaPage('run-dom-only-metric-en.html').url];
  const record = async (context: BrowserContext) => {
    const seen: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (/^https?:/.test(request.url())) seen.push(request.url());
    };
    context.on('request', onRequest);
    const serverBefore = serverLog.length;
    for (const url of visits) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await page.close();
    }
    context.off('request', onRequest);
    return { seen: seen.sort(), server: serverLog.slice(serverBefore).sort() };
  };
  const a = await record(withExt);
  const b = await record(withoutExt);
  const extra = (list: string[], baseline: string[]) => {
    const remaining = [...baseline];
    return list.filter((url) => {
      const index = remaining.indexOf(url);
      if (index >= 0) remaining.splice(index, 1);
      return index < 0;
    });
  };
  const fromPages = extra(a.seen, b.seen);
  const atServer = extra(a.server, b.server);
  return { visits: visits.length, requests: fromPages.length + atServer.length, urls: [...fromPages, ...atServer] };
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((x, y) => x - y);
  return {
    medianMs: round(median(sorted)),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN),
    samples: sorted.length,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return round(
    sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2,
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function printTable(results: {
  sizes: ReturnType<typeof bundleSizes>;
  panelFromNavigationStart: Timing;
  panelFromLoadEvent: Timing;
  panelFromStatsPresent: Timing;
  garminPanelFromNavigationStart: Timing;
  garminPanelFromLoadEvent: Timing;
  pageLoad: Awaited<ReturnType<typeof measureLoadPairsOverLaunches>>;
  ourScriptOnNonRunPage: Awaited<ReturnType<typeof measureLoadPairs>>;
  ourScriptOnRidePage: Awaited<ReturnType<typeof measureLoadPairs>>;
  inPageNavigations: {
    withExtension: Awaited<ReturnType<typeof measureNavigations>>;
    withoutExtension: Awaited<ReturnType<typeof measureNavigations>>;
  };
  extensionNetworkRequests: Awaited<ReturnType<typeof measureExtensionRequests>>;
  history: { classify: ReturnType<typeof measureClassify>; importCsv: ReturnType<typeof measureImport> };
  budgets: { problems: string[] };
}) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nBundle sizes (gzip / raw)');
  for (const size of results.sizes) {
    console.log(
      `  ${size.build.padEnd(12)} ${size.kind.padEnd(15)} ${size.name.padEnd(12)} ${kb(size.gzipBytes).padStart(9)} ${kb(size.rawBytes).padStart(9)}`,
    );
  }
  console.log(
    `  budgets: reader ≤ ${kb(BUDGETS.readerGzip)}, bridge ≤ ${kb(BUDGETS.bridgeGzip)}, panel ≤ ${kb(BUDGETS.panelGzip)}, background ≤ ${kb(BUDGETS.backgroundGzip)}, each page ≤ ${kb(BUDGETS.pageGzip)}: ${results.budgets.problems.length === 0 ? 'all within' : results.budgets.problems.join('; ')}`,
  );
  const loads = (timing: Timing) => `median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms (${timing.samples} loads)`;
  const rows: [string, string][] = [
    ['panel visible, from navigation start', loads(results.panelFromNavigationStart)],
    ['panel visible, from the end of the page load event', loads(results.panelFromLoadEvent)],
    ['panel visible, from stats present (late render)', loads(results.panelFromStatsPresent)],
    ['panel visible, from navigation start (Garmin Connect /app/)', loads(results.garminPanelFromNavigationStart)],
    ['panel visible, from the end of load (Garmin Connect /app/)', loads(results.garminPanelFromLoadEvent)],
    [
      'load event, long run, with / without',
      `${results.pageLoad.loadEventMedianMs.with} / ${results.pageLoad.loadEventMedianMs.without} ms; ratio (median of ${results.pageLoad.pairs} pairs over ${LOAD_LAUNCHES} launches) ${results.pageLoad.loadRatioMedianOfPairs}`,
    ],
    [
      'script time, long run, with / without',
      `${results.pageLoad.scriptMedianMs.with} / ${results.pageLoad.scriptMedianMs.without} ms (ours: ${results.pageLoad.extraScriptMedianMs} ms)`,
    ],
    [
      'script time of ours, non-run page (feed)',
      `${results.ourScriptOnNonRunPage.extraScriptMedianMs} ms (median of ${results.ourScriptOnNonRunPage.pairs} pairs)`,
    ],
    [
      'script time of ours, ride page',
      `${results.ourScriptOnRidePage.extraScriptMedianMs} ms (median of ${results.ourScriptOnRidePage.pairs} pairs)`,
    ],
    [
      'JS heap over in-page navigations, with extension',
      `${kb(results.inPageNavigations.withExtension.jsHeapBeforeBytes)} → ${kb(results.inPageNavigations.withExtension.jsHeapAfterBytes)} after ${results.inPageNavigations.withExtension.navigations} (max ${results.inPageNavigations.withExtension.maxPanelElements} <backstride-panel>)`,
    ],
    [
      'JS heap over in-page navigations, without',
      `${kb(results.inPageNavigations.withoutExtension.jsHeapBeforeBytes)} → ${kb(results.inPageNavigations.withoutExtension.jsHeapAfterBytes)} after ${results.inPageNavigations.withoutExtension.navigations}`,
    ],
    [
      'network requests made by the extension',
      `${results.extensionNetworkRequests.requests} over ${results.extensionNetworkRequests.visits} page visits`,
    ],
    [
      'judging a run against the history (background)',
      `median ${results.history.classify.medianMs} ms with ${results.history.classify.entries} runs`,
    ],
    [
      'reading a Strava activities.csv (options page)',
      `median ${results.history.importCsv.medianMs} ms for ${results.history.importCsv.rows} runs`,
    ],
  ];
  console.log('\nTimings');
  for (const [label, value] of rows) console.log(`  ${label.padEnd(50)} ${value}`);
  console.log(`\nWritten to ${join(RESULTS_DIR, 'bench.json')}`);
}
