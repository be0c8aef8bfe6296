import type { SiteId } from '../run/run-facts';

/**
 * What the manifest, the background and the page bridge need to know of a site, with no
 * reading code: where its pages are and which of them show one activity.
 */
export interface SiteDefinition {
  id: SiteId;
  /** The host names its pages are served from (https only). */
  hosts: readonly string[];
  /**
   * Match patterns for the pages the reader and the bridge must reach: the activity pages
   * and any page of the site's app from which one opens without a full page load. They are
   * also the extension's host permissions, so they are kept as narrow as the site allows.
   */
  pageMatches: readonly string[];
  /** Single-activity page paths; the first group is the activity id. */
  activityPaths: readonly RegExp[];
  /**
   * How the page bridge gets there: with the reader, once the page has loaded ('runtime'),
   * or from the very start of every page of the app ('document-start'), for a site whose
   * app loads the activity as it boots.
   */
  bridgeStart: 'runtime' | 'document-start';
  /** Attribute paths of the page's own data the bridge may pass on (plain values only). */
  bridgeFields: readonly string[];
  /** The words of its activity pages' addresses: all a page report may keep of a path. */
  pathWords: readonly string[];
}

/** The activity id when `url` is a single-activity page of `site`, else null. */
export function activityIdOf(site: SiteDefinition, url: URL): string | null {
  if (url.protocol !== 'https:' || !site.hosts.includes(url.hostname)) return null;
  for (const path of site.activityPaths) {
    const id = path.exec(url.pathname)?.[1];
    if (id !== undefined) return id;
  }
  return null;
}

/**
 * For the report on a page we could not read: named CSS selectors, and named patterns over
 * the page's inline scripts, whose matching or not says what the page had. `{id}` stands for
 * the activity's id. The background runs them only when reading failed, so they cost the
 * reader nothing.
 */
export interface PageChecks {
  selectors: Readonly<Record<string, string>>;
  scripts: Readonly<Record<string, string>>;
}
