import type { BridgeReport } from '../bridge/protocol';
import type { RunFacts, SiteId } from '../run/run-facts';

/** One running-app site: which pages it owns and how to read a run from them. */
export interface SiteAdapter {
  id: SiteId;
  /**
   * Where the reader must run to see this site's activities: the activity pages, and any
   * page of the site's app from which they can be reached without a full page load.
   */
  readerMatches: readonly string[];
  /** The activity id when `url` is a single-activity page of this site, else null. */
  activityIdFromUrl(url: URL): string | null;
  /** True once the page shows enough of this activity to be read. */
  isReadable(doc: Document, url: URL, bridge: BridgeReport | undefined): boolean;
  /** The run on the page, or null when the page does not show a readable single activity. */
  read(doc: Document, url: URL, bridge: BridgeReport | undefined): RunFacts | null;
}
