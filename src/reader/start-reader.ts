import { type BridgeReport, type PageModelRequest, parseBridgeMessage, READER_SOURCE } from '../bridge/protocol';
import { readingFailed } from '../report/reading-failed';
import type { ReadingTrace } from '../report/reading-trace';
import { activityKey, type RunFacts } from '../run/run-facts';
import { activityIdOf } from '../sites/site';
import type { ReadContext, SiteReader } from '../sites/site-reader';
import { waitUntil } from './wait-until';

/** How long a page may take to render its stats before we read what is there. */
const RENDER_TIMEOUT_MS = 8000;
/** Reading waits for the page's own load, so its load is not slowed; but not forever. */
const LOAD_WAIT_MS = 3000;
/** Bridge reports kept, newest last: enough for quick back-and-forth between activities. */
const BRIDGE_MEMORY = 8;

export interface ReaderOptions {
  window: Window;
  /** This site's reader: the bundle carries no other site's code. */
  reader: SiteReader;
  /**
   * The activity at `url` was read: its run, or null when nothing on it could be read; when
   * reading failed, how it went (names only).
   */
  report: (url: string, run: RunFacts | null, trace?: ReadingTrace) => void;
  /** The page no longer shows the activity last reported. */
  left: (url: string) => void;
  /** Aborts when the content script is invalidated (extension reloaded or removed). */
  signal: AbortSignal;
}

/**
 * Reads the run on the current page and reports it; call the returned function again with
 * the new URL after each in-page navigation. A page that is not an activity costs one URL
 * check. Data from the page bridge (untrusted) is accepted only in its exact shape and only
 * for the activity being read, and can refine a report already made.
 */
export function startReader({ window, reader, report, left, signal }: ReaderOptions): (url: string) => Promise<void> {
  const { document } = window;
  const bridgeReports: BridgeReport[] = [];
  const bridgeListeners = new Set<() => void>();
  let lastReport: { activity: string; run: string } | undefined;
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
  /** The summary on screen when the shown activity was last read. */
  let summaryRead: Element | null = null;
  // One listener for the reader's life, rather than a combined signal per page visit: the
  // long-lived signal would keep every visit's signal alive.
  signal.addEventListener('abort', () => visit?.abort(), { once: true });

  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window) return;
      const bridge = parseBridgeMessage(event.data, [reader.site]);
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

  function reportOnce(url: string, activity: string, run: RunFacts | null, trace: () => ReadingTrace) {
    const key = JSON.stringify(run);
    if (lastReport?.activity === activity && lastReport.run === key) return;
    lastReport = { activity, run: key };
    report(url, run, readingFailed(run) ? trace() : undefined);
  }

  return async function readPage(url: string) {
    visit?.abort();
    const thisVisit = new AbortController();
    visit = thisVisit;
    if (signal.aborted) thisVisit.abort();
    const stop = thisVisit.signal;

    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    const activityId = parsed ? activityIdOf(reader.site, parsed) : null;
    const activity = activityId === null ? null : activityKey({ site: reader.site.id, activityId });
    // Another page now: the previous activity's panel goes at once, not when this one is read.
    if (lastReport !== undefined && lastReport.activity !== activity) {
      lastReport = undefined;
      left(url);
    }
    if (activity !== shownActivity) {
      stale = firstVisit
        ? {}
        : { staleSummary: summaryRead ?? reader.summaryElement(document), staleTitle: document.title };
      summaryRead = null;
    }
    firstVisit = false;
    shownActivity = activity;
    if (!parsed || activityId === null || activity === null) return;

    const bridgeFor = () => bridgeReports.find((kept) => sameActivity(kept, reader.site.id, activityId));
    const contextNow = (): ReadContext => ({ bridge: bridgeFor(), ...stale });
    const readAndReport = () => {
      if (stop.aborted) return;
      let run: RunFacts | null = null;
      try {
        run = reader.read(document, parsed, contextNow());
        summaryRead = reader.summaryElement(document);
      } catch {
        // A page we cannot read is reported as such.
      }
      reportOnce(url, activity, run, () => traceOf(run, bridgeFor()));
    };

    await domContentLoaded(document, stop);
    await pageLoaded(window, stop);
    if (stop.aborted) return;
    // A ride or a swim says so in its first layer: report it, and read, ask and watch nothing more.
    if (reader.saysNoRun?.(document, stale)) {
      // Not a failed reading: no trace is ever asked for.
      const noRun: RunFacts = { site: reader.site.id, activityId, sport: 'other', sources: { sport: 'page-text' } };
      return reportOnce(url, activity, noRun, () => traceOf(noRun));
    }
    const request: PageModelRequest = { source: READER_SOURCE, kind: 'read-page-model', activityId };
    window.postMessage(request, window.location.origin);
    await waitUntil(() => safeCheck(() => reader.isReadable(document, parsed, contextNow())), {
      root: document.documentElement,
      timeoutMs: RENDER_TIMEOUT_MS,
      signal: stop,
      subscribe: subscribeToBridge,
    });
    readAndReport();
    // The page's own data can arrive after its text: read again when it does, until we leave.
    const unsubscribe = subscribeToBridge(readAndReport);
    stop.addEventListener('abort', unsubscribe, { once: true });
  };
}

function safeCheck(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * What the reader alone knows of a failed reading: the layers that gave values and the names
 * of the page data's attributes. The background adds what the page itself had (the site's
 * named checks), so that code never rides in the reader.
 */
function traceOf(run: RunFacts | null, bridge?: BridgeReport): ReadingTrace {
  return {
    checks: { 'page-data': bridge !== undefined },
    layers: [...new Set(Object.values(run?.sources ?? {}))],
    attributes: Object.keys(bridge?.fields ?? {}),
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
