import type { RunFacts, SiteId } from '../run/run-facts';

/** One running-app site: which pages it owns and how to read a run from them. */
export interface SiteAdapter {
  id: SiteId;
  /** Match patterns of the pages that can show a single activity. */
  activityPageMatches: readonly string[];
  /** The activity id when `url` is a single-activity page of this site, else null. */
  activityIdFromUrl(url: URL): string | null;
  /** True once the page has rendered enough to be read (or to know it cannot be). */
  isReadable(doc: Document): boolean;
  /** The run on the page, or null when the page does not show a single activity. */
  read(doc: Document, url: URL): RunFacts | null;
}
