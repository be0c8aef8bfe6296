import type { BridgeReport } from '../bridge/protocol';
import type { RunFacts } from '../run/run-facts';
import type { SiteDefinition } from './site';

/** What the reader knows besides the page itself. */
export interface ReadContext {
  /** What the page bridge saw of this activity (the page's own data), if anything. */
  bridge?: BridgeReport;
  /**
   * The summary that was on screen when an in-page navigation to this activity began: it
   * shows the previous activity until the site's app replaces it. Absent on a full load.
   */
  staleSummary?: Element | null;
  /** The page's title then: after an in-page move it names the previous activity until it changes. */
  staleTitle?: string;
}

/** How to read a run from one site's pages. */
export interface SiteReader {
  site: SiteDefinition;
  /** The element that holds the rendered summary of the activity on screen, if any. */
  summaryElement(doc: Document): Element | null;
  /** True once the page shows enough of this activity to be read: its distance, or that it is no run. */
  isReadable(doc: Document, url: URL, context: ReadContext): boolean;
  /** The run on the page, or null when the page does not show a readable single activity. */
  read(doc: Document, url: URL, context: ReadContext): RunFacts | null;
  /**
   * True when the page's first and cheapest layer (its title) already says the activity is no
   * run: the reader then reports it at once and reads nothing else. False for a run or a title
   * it does not know, and the page is read in full.
   */
  saysNoRun?(doc: Document, context: ReadContext): boolean;
}
