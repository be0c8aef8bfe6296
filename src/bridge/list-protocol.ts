import type { ListedRun } from '../history/listed-runs';
import type { ListSpan } from '../messages';
import { isPlainObject } from '../plain-object';
import { isSiteId, type SiteId } from '../run/run-facts';
import type { BridgeValue } from './protocol';

/**
 * The list bridge runs in the page's own world and passes on, over `window.postMessage`, the
 * rows of the runner's activity list as the site's own app loaded them. Any page script can
 * post the same, so a message is taken only in its exact shape, with plain values under a
 * list's known fields, and its rows are then range-checked like any other run.
 */
export const LIST_BRIDGE_SOURCE = 'backstride-list-bridge';
const LIST_PROTOCOL_VERSION = 1;

/** Rows taken from one response at most: a page of a list holds 20 to 100. */
export const MAX_LIST_ROWS = 500;
const MAX_URL_LENGTH = 2048;
const MAX_STRING_LENGTH = 64;

/** One activity of a list, as plain values by dotted path (`activityType.typeKey`). */
export type ListRow = Record<string, BridgeValue>;

export interface ListReport {
  site: SiteId;
  /** The address the list was loaded from: its query says how much of the list it is. */
  url: string;
  rows: ListRow[];
}

/** What the bridge and the list reader need to know of one site's activity list. */
export interface ActivityList {
  site: SiteId;
  /** Pages showing the runner's own list (and those the site's app reaches it from in place). */
  pageMatches: readonly string[];
  /** Paths of a row the bridge may pass on. */
  rowFields: readonly string[];
  /** True on the page that shows the signed-in runner's own list; no other list is theirs for sure. */
  isOwnListPage(pageUrl: URL): boolean;
  /** True for the address the page loads its list from. */
  isListRequest(url: URL): boolean;
  span(url: string): ListSpan;
  runs(rows: readonly ListRow[]): ListedRun[];
}

export function listMessage(report: ListReport): ListReport & { source: string; version: number } {
  return { source: LIST_BRIDGE_SOURCE, version: LIST_PROTOCOL_VERSION, ...report };
}

const MESSAGE_KEYS = ['rows', 'site', 'source', 'url', 'version'];

/**
 * A list report when `data` is exactly one, for one of `lists`, each row holding only that
 * list's fields, else null. Never throws, whatever it is given.
 */
export function parseListMessage(data: unknown, lists: readonly ActivityList[]): ListReport | null {
  try {
    if (!isPlainObject(data) || data.source !== LIST_BRIDGE_SOURCE || data.version !== LIST_PROTOCOL_VERSION) {
      return null;
    }
    if (Object.keys(data).sort().join() !== MESSAGE_KEYS.join()) return null;
    const { site, url, rows } = data;
    const list = lists.find((known) => known.site === site);
    if (list === undefined || !isSiteId(site)) return null;
    if (typeof url !== 'string' || url.length > MAX_URL_LENGTH || !URL.canParse(url)) return null;
    if (!Array.isArray(rows) || rows.length > MAX_LIST_ROWS) return null;
    const accepted: ListRow[] = [];
    for (const row of rows) {
      if (!isPlainObject(row)) return null;
      const kept: ListRow = {};
      for (const [key, value] of Object.entries(row)) {
        if (!list.rowFields.includes(key) || !isListValue(value)) return null;
        kept[key] = value;
      }
      accepted.push(kept);
    }
    return { site, url, rows: accepted };
  } catch {
    return null;
  }
}

function isListValue(value: unknown): value is BridgeValue {
  if (typeof value === 'string') return value.length <= MAX_STRING_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'boolean';
}
