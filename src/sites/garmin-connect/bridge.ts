import { type BridgeReport, isPageModelRequest, pickFields } from '../../bridge/protocol';
import { ACTIVITY_ID_DIGITS } from '../../run/run-facts';
import { GARMIN_ACTIVITY_FIELDS } from './site';

/** Activities remembered for a reader that asks after the app already loaded them. */
const REMEMBERED = 5;

/**
 * Garmin's part of the bridge: passes on each activity the app loads, and answers the
 * reader's request for one it loaded before the reader was there to hear it.
 */
export function bridgeGarminActivities(win: Window & typeof globalThis, post: (report: BridgeReport) => void): void {
  const seen: BridgeReport[] = [];
  watchGarminActivityResponses(win, (report) => {
    seen.push(report);
    if (seen.length > REMEMBERED) seen.shift();
    post(report);
  });
  win.addEventListener('message', (event) => {
    if (event.source !== win || !isPageModelRequest(event.data)) return;
    const { activityId } = event.data;
    const report = seen.findLast((candidate) => candidate.activityId === activityId);
    if (report) post(report);
  });
}

/**
 * The activity JSON the Garmin Connect app loads for itself: `/gc-api/…` today, the older
 * `/modern/proxy/…`, `/proxy/…` and bare paths before. Not its sub-resources (`/details`,
 * `/splits`, `/weather`…), which carry no summary.
 */
const ACTIVITY_JSON_PATH = new RegExp(
  `^/(?:gc-api/|modern/proxy/|proxy/)?activity-service/activity/(${ACTIVITY_ID_DIGITS})/?$`,
);

/**
 * Watches the page's own `fetch` and `XMLHttpRequest` responses for the activity JSON and
 * hands a copy to `onActivity`. The page's requests and responses pass through untouched
 * (the body is read from a clone), and nothing is ever requested by us.
 */
export function watchGarminActivityResponses(
  win: Window & typeof globalThis,
  onActivity: (report: BridgeReport) => void,
): void {
  const report = (url: string, json: unknown) => {
    const activityId = activityIdOf(url, win.location.href);
    if (activityId === null) return;
    const fields = pickFields(json, GARMIN_ACTIVITY_FIELDS);
    if (Object.keys(fields).length > 0) onActivity({ site: 'garmin-connect', activityId, fields });
  };

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      const pending = originalFetch.apply(this, args);
      void pending
        .then((response) => {
          if (activityIdOf(response.url, win.location.href) === null) return;
          return response
            .clone()
            .json()
            .then((json: unknown) => report(response.url, json));
        })
        .catch(() => undefined);
      return pending;
    } as typeof originalFetch;
  }

  const XHR = win.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const originalOpen = XHR.prototype.open;
    XHR.prototype.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      this.addEventListener('load', () => {
        try {
          if (activityIdOf(this.responseURL, win.location.href) === null) return;
          const json: unknown = this.responseType === 'json' ? this.response : JSON.parse(String(this.responseText));
          report(this.responseURL, json);
        } catch {
          // Not JSON, or not ours to read: the page's request is unaffected either way.
        }
      });
      return (originalOpen as (...openArgs: unknown[]) => void).apply(this, args);
    } as typeof originalOpen;
  }
}

function activityIdOf(url: string, base: string): string | null {
  try {
    return ACTIVITY_JSON_PATH.exec(new URL(url, base).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}
