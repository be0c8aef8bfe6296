import type { BridgeReport } from '../bridge/protocol';
import type { RunFacts } from '../run/run-facts';
import type { ReadContext } from './collector';
import { readPage } from './interpret-page';
import { collectorForUrl } from './readers';

/**
 * The run shown on a page, read from its HTML (inline scripts and DOM) and, where the page
 * bridge saw it, the page's own data: what the reader collects in the page, read as the
 * background reads it. Null when the page is not a single activity of a site we read, or
 * when nothing on it can be read. Never throws.
 */
export function readRun(doc: Document, url: string, bridge?: BridgeReport, context?: ReadContext): RunFacts | null {
  try {
    const found = collectorForUrl(new URL(url));
    if (found === undefined) return null;
    const { collector, activityId } = found;
    return readPage(collector.collect(doc, activityId, { ...context, bridge }), activityId)[0];
  } catch {
    return null;
  }
}
