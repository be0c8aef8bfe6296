import { type BridgeReport, type PageModelRequest, parseBridgeMessage, READER_SOURCE } from '../bridge/protocol';
import { activityKey } from '../run/run-facts';
import type { PageCollector, ReadContext } from '../sites/collector';
import type { PageReading, ReadingVerdict } from '../sites/page-reading';
import { activityIdOf } from '../sites/site';
import { watchChanges } from './watch-changes';

/** How long a page may take to render its stats before we report what is there. */
const RENDER_TIMEOUT_MS = 8000;
/** Reading waits for the page's own load, so its load is not slowed; but not forever. */
const LOAD_WAIT_MS = 3000;
/** Bridge reports kept, newest last: enough for quick back-and-forth between activities. */
const BRIDGE_MEMORY = 8;

/** What the page at `url` shows now; `settled`: the reader waits no longer for more. */
export interface PageReport {
  url: string;
  page: PageReading;
  settled: boolean;
}

export interface ReaderOptions {
  window: Window;
  /** This site's collector: the bundle carries no other site's code. */
  collector: PageCollector;
  /** Sends a page report to be read; the answer says whether to go on watching (anything else counts as `not-yet`). */
  report: (report: PageReport) => Promise<unknown>;
  /** The page no longer shows the activity last reported. */
  left: (url: string) => void;
  /** Aborts when the content script is invalidated (extension reloaded or removed). */
  signal: AbortSignal;
}

/**
 * Collects what the current page shows of its activity and reports it, until the background
 * says it could read it (or that it is no run); call the returned function again with the new
 * URL after each in-page navigation. A page that is not an activity costs one URL check. Data
 * from the page bridge (untrusted) is accepted only in its exact shape and only for the
 * activity being read, and can refine a report already read.
 */
export function startReader({
  window,
  collector,
  report,
  left,
  signal,
}: ReaderOptions): (url: string) => Promise<void> {
  const { document } = window;
  const bridgeReports: BridgeReport[] = [];
  const bridgeListeners = new Set<() => void>();
  /** The activity last reported, what was reported of it, and the answer. */
  let lastReport:
    | { activity: string; key: string; scripts: readonly string[] | undefined; verdict: Promise<ReadingVerdict> }
    | undefined;
  let visit: AbortController | undefined;
  /** The activity the page showed at the last navigation ("strava:123"), if any. */
  let shownActivity: string | null = null;
  let firstVisit = true;
  /**
   * What an in-page move left on screen from the previous activity: its summary (the one it
   * was read from, or else the one there when the move began) and the page title then. Kept
   * while the URL changes within the same new activity.
   */
  let stale: Pick<ReadContext, 'staleSummary' | 'staleTitle'> = {};
  /** The summary on screen when the shown activity was last reported. */
  let summaryRead: Element | null = null;
  // One listener for the reader's life, rather than a combined signal per page visit: the
  // long-lived signal would keep every visit's signal alive.
  signal.addEventListener('abort', () => visit?.abort(), { once: true });

  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window) return;
      const bridge = parseBridgeMessage(event.data, [collector.site]);
      if (bridge === null) return;
      const index = bridgeReports.findIndex((kept) => sameActivity(kept, bridge.site, bridge.activityId));
      if (index >= 0) bridgeReports.splice(index, 1);
      bridgeReports.push(bridge);
      if (bridgeReports.length > BRIDGE_MEMORY) bridgeReports.shift();
      for (const listener of bridgeListeners) listener();
    },
    { signal },
  );

  const subscribeToBridge = (listener: () => void) => {
    bridgeListeners.add(listener);
    return () => bridgeListeners.delete(listener);
  };

  return async function readPage(url: string) {
    visit?.abort();
    const thisVisit = new AbortController();
    visit = thisVisit;
    if (signal.aborted) thisVisit.abort();
    const stop = thisVisit.signal;

    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    const activityId = parsed ? activityIdOf(collector.site, parsed) : null;
    const activity = activityId === null ? null : activityKey({ site: collector.site.id, activityId });
    // Another page now: the previous activity's panel goes at once, not when this one is read.
    if (lastReport !== undefined && lastReport.activity !== activity) {
      lastReport = undefined;
      left(url);
    }
    if (activity !== shownActivity) {
      stale = firstVisit
        ? {}
        : { staleSummary: summaryRead ?? collector.summaryElement(document), staleTitle: document.title };
      summaryRead = null;
    }
    firstVisit = false;
    shownActivity = activity;
    if (activityId === null || activity === null) return;

    /**
     * Reports what the page shows now, unless it is what was reported already (then with the
     * same answer) and the report is not `forced`.
     */
    const reportPage = (settled: boolean, forced = false): Promise<ReadingVerdict> => {
      let page: PageReading;
      try {
        const bridge = bridgeReports.find((kept) => sameActivity(kept, collector.site.id, activityId));
        page = collector.collect(document, activityId, { bridge, ...stale });
      } catch {
        // A page we cannot read is reported as such.
        page = { site: collector.site.id } as PageReading;
      }
      // The collector hands back the same scripts while they have not changed: they are compared as such.
      const scripts = 'scripts' in page ? page.scripts : undefined;
      const key = JSON.stringify(page, (name, value) => (name === 'scripts' ? undefined : value));
      const same = lastReport?.activity === activity && lastReport.key === key && lastReport.scripts === scripts;
      if (same && !forced && lastReport) return lastReport.verdict;
      summaryRead = collector.summaryElement(document);
      const verdict = report({ url, page, settled }).then(
        (answer) => (answer === 'read' || answer === 'not-a-run' ? answer : 'not-yet'),
        () => 'not-yet' as const,
      );
      lastReport = { activity, key, scripts, verdict };
      return verdict;
    };

    await domContentLoaded(document, stop);
    await pageLoaded(window, stop);
    if (stop.aborted) return;
    // A ride or a swim says so in its first layer (its title): then nothing more is asked or watched.
    let verdict = await reportPage(false);
    if (stop.aborted || verdict === 'not-a-run') return;
    const request: PageModelRequest = { source: READER_SOURCE, kind: 'read-page-model', activityId };
    window.postMessage(request, window.location.origin);
    if (verdict === 'not-yet') {
      const changes = watchChanges(document.documentElement, subscribeToBridge, stop, RENDER_TIMEOUT_MS);
      try {
        // The page may have changed while the first report was on its way.
        verdict = await reportPage(false);
        while (verdict === 'not-yet') {
          const change = await changes.next();
          if (change === 'stopped') return;
          // Out of time: whatever the page shows now is the answer.
          verdict = await reportPage(change === 'timed-out', change === 'timed-out');
          if (change === 'timed-out') break;
        }
      } finally {
        changes.stop();
      }
      if (stop.aborted || verdict === 'not-a-run') return;
    }
    // The page's own data can arrive after its text: report again when it does, until we leave.
    const unsubscribe = subscribeToBridge(() => void reportPage(true));
    stop.addEventListener('abort', unsubscribe, { once: true });
    // It may have come while the last report was on its way (nothing is sent if it did not).
    void reportPage(true);
  };
}

function sameActivity(report: BridgeReport, site: string, activityId: string): boolean {
  return report.site === site && report.activityId === activityId;
}

function pageLoaded(window: Window, signal: AbortSignal): Promise<void> {
  if (window.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, LOAD_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    window.addEventListener('load', done, { once: true, signal });
    signal.addEventListener('abort', done, { once: true });
  });
}

function domContentLoaded(document: Document, signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
