import type { RunFacts } from '../run/run-facts';
import { adapterForUrl } from '../sites/index';
import { readRun } from '../sites/read-run';
import { waitUntil } from './wait-until';

/** How long a page may take to render its stats before we read what is there. */
const RENDER_TIMEOUT_MS = 15_000;

export interface ReaderOptions {
  document: Document;
  currentUrl: () => string;
  report: (url: string, run: RunFacts | null) => void;
  /** Aborts when the content script is invalidated (extension reloaded or removed). */
  signal: AbortSignal;
}

/**
 * Reads the run on the current page and reports it; call the returned function again after
 * each in-page navigation. Pages that are not activities cost one URL check and nothing else.
 */
export function startReader({ document, currentUrl, report, signal }: ReaderOptions): () => Promise<void> {
  let lastReport: string | undefined;
  let pageVisit: AbortController | undefined;

  function reportOnce(url: string, run: RunFacts | null) {
    const key = JSON.stringify(run);
    if (key === lastReport) return;
    lastReport = key;
    report(url, run);
  }

  return async function readCurrentPage() {
    pageVisit?.abort();
    const visit = new AbortController();
    pageVisit = visit;
    const stop = AbortSignal.any([signal, visit.signal]);

    const url = currentUrl();
    const adapter = URL.canParse(url) ? adapterForUrl(new URL(url)) : undefined;
    if (adapter === undefined) {
      if (lastReport !== undefined) reportOnce(url, null);
      return;
    }
    await domContentLoaded(document, stop);
    await waitUntil(() => adapter.isReadable(document), {
      root: document.documentElement,
      timeoutMs: RENDER_TIMEOUT_MS,
      signal: stop,
    });
    if (stop.aborted) return;
    reportOnce(url, readRun(document, url));
  };
}

function domContentLoaded(document: Document, signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
