import type { RunFacts } from '../run/run-facts';
import { adapterForUrl } from './index';

/**
 * The run shown on a page, read from its HTML alone. Null when the page is not a single
 * activity of a site we read, or when it cannot be read at all. Never throws.
 */
export function readRun(doc: Document, url: string): RunFacts | null {
  try {
    const parsed = new URL(url);
    return adapterForUrl(parsed)?.read(doc, parsed) ?? null;
  } catch {
    return null;
  }
}
