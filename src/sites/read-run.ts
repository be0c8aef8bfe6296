import type { BridgeReport } from '../bridge/protocol';
import type { RunFacts } from '../run/run-facts';
import { readerForUrl } from './readers';
import type { ReadContext } from './site-reader';

/**
 * The run shown on a page, read from its HTML (inline scripts and DOM) and, where the page
 * bridge saw it, the page's own data. Null when the page is not a single activity of a site
 * we read, or when nothing on it can be read. Never throws.
 */
export function readRun(doc: Document, url: string, bridge?: BridgeReport, context?: ReadContext): RunFacts | null {
  try {
    const parsed = new URL(url);
    return readerForUrl(parsed)?.reader.read(doc, parsed, { ...context, bridge }) ?? null;
  } catch {
    return null;
  }
}
