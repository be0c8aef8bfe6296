import type { ActivityList, ListRow } from '../../bridge/list-protocol';
import { pickFields } from '../../bridge/protocol';
import { type ListedRun, sanitizeListedRun } from '../../history/listed-runs';
import type { ListSpan } from '../../messages';
import { isPlainObject } from '../../plain-object';
import type { Sport } from '../../run/run-facts';
import { wallClockOfLocalEpoch } from './local-epoch';

/**
 * Strava's "My Activities" page (`/athlete/training`) loads its table, a page at a time, from
 * `/athlete/training_activities?keywords=&sport_type=&…&page=N` → `{models, page, perPage,
 * total}`. Since Strava's change of 2024-10-30 a model has `sport_type` (no `type`), raw SI
 * values beside the display strings (`distance_raw` m, `moving_time_raw` and
 * `elapsed_time_raw` s, `elevation_gain_raw` m), and `start_date_local_raw`: the local
 * wall-clock time written as if it were a UTC epoch, in seconds.
 */
export const STRAVA_LIST_PAGE_MATCHES = ['https://www.strava.com/athlete/training*'] as const;
const STRAVA_HOST = 'www.strava.com';
const TRAINING_PAGE = /^\/athlete\/training\/?$/;
const TRAINING_ACTIVITIES = /^\/athlete\/training_activities\/?$/;

export const STRAVA_LIST_FIELDS = [
  'id',
  'sport_type',
  // Before the 2024 rename, and harmless after it.
  'type',
  'distance_raw',
  'moving_time_raw',
  'elapsed_time_raw',
  'elevation_gain_raw',
  'start_date_local_raw',
  'trainer',
] as const;

/** The list's own sport names; a `Run` on a `trainer` (a treadmill) is a virtual run, as on its page. */
const SPORT_BY_TYPE: Record<string, Sport> = { Run: 'run', TrailRun: 'trail-run', VirtualRun: 'virtual-run' };

/**
 * Parameters that say nothing of which activities the list holds. Any other one with a value
 * (the search form's `keywords`, `sport_type`, `workout_type`, `tags`, `commute`,
 * `private_activities`, `trainer`, `gear`, or one we do not know) may leave runs out.
 */
const NEUTRAL = ['page', 'per_page', 'search_session_id'];

export const isStravaListPage = (pageUrl: URL) =>
  pageUrl.protocol === 'https:' && pageUrl.hostname === STRAVA_HOST && TRAINING_PAGE.test(pageUrl.pathname);

export const isStravaListRequest = (url: URL) =>
  url.protocol === 'https:' && url.hostname === STRAVA_HOST && TRAINING_ACTIVITIES.test(url.pathname);

/** The models of a `training_activities` response, as rows of plain values. */
export function stravaListRows(json: unknown): ListRow[] {
  if (!isPlainObject(json) || !Array.isArray(json.models)) return [];
  return json.models.map((model: unknown) => pickFields(model, STRAVA_LIST_FIELDS));
}

/** The runs among the rows (rides, swims, walks… are left out), each range-checked. */
export function stravaRunsFromRows(rows: readonly ListRow[]): ListedRun[] {
  return rows.map(runFromRow).filter((run) => run !== undefined);
}

/** The runs of a `/athlete/training_activities` response. Never throws. */
export function listedRunsFromStravaTraining(json: unknown): ListedRun[] {
  return stravaRunsFromRows(stravaListRows(json));
}

/**
 * How much of the runner's history a response covers: none when the list was filtered
 * (or asked for in a way we do not know), up to today for its first page, else the days
 * between its first and last rows.
 */
export function stravaListSpan(url: string): ListSpan {
  if (!URL.canParse(url)) return 'none';
  const query = new URL(url).searchParams;
  for (const [key, value] of query) {
    if (value === '') continue;
    if (key === 'new_activity_only' ? value !== 'false' : !NEUTRAL.includes(key)) return 'none';
  }
  const page = query.get('page');
  if (page === null || page === '' || page === '1') return 'to-today';
  return /^[1-9]\d{0,5}$/.test(page) ? 'between' : 'none';
}

function runFromRow(row: ListRow): ListedRun | undefined {
  const type = row.sport_type ?? row.type;
  const listed = typeof type === 'string' && Object.hasOwn(SPORT_BY_TYPE, type) ? SPORT_BY_TYPE[type] : undefined;
  const sport = listed === 'run' && row.trainer === true ? 'virtual-run' : listed;
  const id = row.id;
  const activityId = typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? String(id) : id;
  if (sport === undefined) return undefined;
  return sanitizeListedRun({
    site: 'strava',
    activityId,
    sport,
    startTime: wallClockOfLocalEpoch(row.start_date_local_raw),
    distanceM: row.distance_raw,
    movingTimeS: row.moving_time_raw,
    elapsedTimeS: row.elapsed_time_raw,
    elevationGainM: row.elevation_gain_raw,
  });
}

export const stravaActivityList: ActivityList = {
  site: 'strava',
  pageMatches: STRAVA_LIST_PAGE_MATCHES,
  rowFields: STRAVA_LIST_FIELDS,
  isOwnListPage: isStravaListPage,
  isListRequest: isStravaListRequest,
  span: stravaListSpan,
  runs: stravaRunsFromRows,
};
