import { postListTo } from '../../bridge/list-bridge';
import { type ListReport, MAX_LIST_ROWS } from '../../bridge/list-protocol';
import { watchJsonResponses } from '../../bridge/list-responses';
import { type BridgeReport, isPageModelRequest, pickFields } from '../../bridge/protocol';
import { ACTIVITY_ID_DIGITS } from '../../run/run-facts';
import { garminListRows, isGarminListPage, isGarminListRequest } from './activity-list';
import { GARMIN_ACTIVITY_FIELDS } from './site';

/** Activities remembered for a reader that asks after the app already loaded them. */
const REMEMBERED = 5;

/**
 * Garmin's part of the bridge: passes on each activity the app loads, and answers the
 * reader's request for one it loaded before the reader was there to hear it; and passes on
 * the runner's own activity list to the list reader.
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
  watchGarminListResponses(win, postListTo(win));
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
 * Watches the page's own responses for the activity JSON and hands a copy of its known
 * fields to `onActivity`. Nothing is ever requested by us.
 */
export function watchGarminActivityResponses(
  win: Window & typeof globalThis,
  onActivity: (report: BridgeReport) => void,
): void {
  watchJsonResponses(
    win,
    (url) => activityIdOf(url) !== null,
    (url, json) => {
      const activityId = activityIdOf(url);
      if (activityId === null) return;
      const fields = pickFields(json, GARMIN_ACTIVITY_FIELDS);
      if (Object.keys(fields).length > 0) onActivity({ site: 'garmin-connect', activityId, fields });
    },
  );
}

/**
 * Watches the page's own responses for the runner's activity list and hands its rows to
 * `onList`: only on the runner's own activities page (the app may load other lists, on
 * someone else's profile say, and those runs are not theirs). Nothing is ever requested by us.
 */
export function watchGarminListResponses(win: Window & typeof globalThis, onList: (report: ListReport) => void): void {
  watchJsonResponses(win, isGarminListRequest, (url, json) => {
    if (!isGarminListPage(new URL(win.location.href))) return;
    const rows = garminListRows(json).slice(0, MAX_LIST_ROWS);
    if (rows.length > 0) onList({ site: 'garmin-connect', url: url.href, rows });
  });
}

function activityIdOf(url: URL): string | null {
  return ACTIVITY_JSON_PATH.exec(url.pathname)?.[1] ?? null;
}
