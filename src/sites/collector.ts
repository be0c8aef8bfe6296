import type { BridgeReport } from '../bridge/protocol';
import type { PageReading } from './page-reading';
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

/**
 * How the reader, in the page, collects what one site's activity page shows. It interprets
 * nothing: the background reads the collection (see `./interpret-page`).
 */
export interface PageCollector {
  site: SiteDefinition;
  /** The element that holds the rendered summary of the activity on screen, if any. */
  summaryElement(doc: Document): Element | null;
  /** What the page shows of the activity `activityId` now, as plain text and values. */
  collect(doc: Document, activityId: string, context: ReadContext): PageReading;
}
