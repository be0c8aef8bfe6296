import { type ListReport, MAX_LIST_ROWS } from '../../bridge/list-protocol';
import { watchJsonResponses } from '../../bridge/list-responses';
import { type BridgeReport, type BridgeValue, isPageModelRequest } from '../../bridge/protocol';
import { isStravaListPage, isStravaListRequest, stravaListRows } from './activity-list';
import { STRAVA_MODEL_FIELDS } from './site';

interface BackboneModel {
  id?: unknown;
  get?: (key: string) => unknown;
  attributes?: Record<string, unknown>;
}

type StravaWindow = Window & {
  pageView?: {
    activity?: () => BackboneModel | undefined;
    activityAthlete?: () => BackboneModel | undefined;
    isOwner?: () => unknown;
  };
  currentAthlete?: BackboneModel;
  _measurement_preference?: unknown;
};

/**
 * Reads Strava's own page model in the page's world, as public code that works on the live
 * site does: `pageView.activity()` (a Backbone model: `type`, `detailedType`,
 * `startDateLocal`…), `pageView.isOwner()`, else `activityAthlete()` against `currentAthlete`,
 * and the unit choice (`currentAthlete`, `window._measurement_preference`). Null when the
 * page has no model, or a model for another activity. Never throws: the page's objects are
 * the page's, and may do anything when touched.
 */
export function readStravaPageModel(win: Window, activityId: string): BridgeReport | null {
  try {
    const page = win as StravaWindow;
    const activity = page.pageView?.activity?.();
    if (!activity) return null;
    const modelId = String(activity.id ?? attribute(activity, 'id') ?? '');
    if (modelId !== activityId) return null;
    const fields: Record<string, BridgeValue> = {};
    for (const key of STRAVA_MODEL_FIELDS) {
      const value =
        key === 'measurement_preference'
          ? (attribute(page.currentAthlete, key) ?? page._measurement_preference)
          : key === 'viewer_is_athlete'
            ? viewerIsAthlete(page)
            : attribute(activity, key);
      if (isPlain(value)) fields[key] = value;
    }
    return { site: 'strava', activityId, fields };
  } catch {
    return null;
  }
}

/** Whether the signed-in athlete did this activity; undefined when either athlete is unknown. */
function viewerIsAthlete(page: StravaWindow): boolean | undefined {
  try {
    const owner = typeof page.pageView?.isOwner === 'function' ? page.pageView.isOwner() : undefined;
    if (typeof owner === 'boolean') return owner;
    const viewer = athleteId(page.currentAthlete);
    const athlete = athleteId(page.pageView?.activityAthlete?.());
    return viewer === undefined || athlete === undefined ? undefined : viewer === athlete;
  } catch {
    // The rest of the model is still worth reading.
    return undefined;
  }
}

function athleteId(model: BackboneModel | undefined): string | undefined {
  const id = model?.id ?? attribute(model, 'id');
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  return typeof id === 'string' && /^\d{1,20}$/.test(id) ? id : undefined;
}

function attribute(model: BackboneModel | undefined, key: string): unknown {
  if (!model) return undefined;
  return typeof model.get === 'function' ? model.get(key) : model.attributes?.[key];
}

function isPlain(value: unknown): value is BridgeValue {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

const MODEL_RETRY_MS = 100;
const MODEL_RETRIES = 50;

/**
 * Answers the reader's requests for the page model. Right after an in-page navigation the
 * page may not have built the new model yet, so a request is retried briefly, then dropped.
 */
export function answerStravaModelRequests(win: Window, post: (report: BridgeReport) => void): void {
  win.addEventListener('message', (event) => {
    if (event.source !== win || !isPageModelRequest(event.data)) return;
    const { activityId } = event.data;
    let attempts = 0;
    const tryRead = () => {
      const report = readStravaPageModel(win, activityId);
      if (report) post(report);
      else if (++attempts < MODEL_RETRIES) win.setTimeout(tryRead, MODEL_RETRY_MS);
    };
    tryRead();
  });
}

/**
 * Watches "My Activities" (`/athlete/training`, the signed-in runner's own list) for the
 * pages of the list it loads for itself, and hands their rows to `onList`. Nothing is ever
 * requested by us.
 */
export function watchStravaListResponses(win: Window & typeof globalThis, onList: (report: ListReport) => void): void {
  watchJsonResponses(win, isStravaListRequest, (url, json) => {
    if (!isStravaListPage(new URL(win.location.href))) return;
    const rows = stravaListRows(json).slice(0, MAX_LIST_ROWS);
    if (rows.length > 0) onList({ site: 'strava', url: url.href, rows });
  });
}
