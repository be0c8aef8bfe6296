import type { ActivityList, ListRow } from '../../bridge/list-protocol';
import { pickFields } from '../../bridge/protocol';
import { type ListedRun, sanitizeListedRun } from '../../history/listed-runs';
import type { ListSpan } from '../../messages';
import type { Sport } from '../../run/run-facts';
import { garminSport } from './activity-types';
import { garminLocalTime } from './local-time';
import { garminConnectSite } from './site';

/**
 * Garmin Connect's activities page (`/app/activities`, before 2025 `/modern/activities`)
 * loads the runner's own list from
 * `/gc-api/activitylist-service/activities/search/activities?limit=20&start=0` (older:
 * `/activitylist-service/…`, `/modern/proxy/activitylist-service/…`) → a bare array, newest
 * first: `activityId`, `activityType` {`typeKey`, `typeId`, `parentTypeId`}, `distance` m,
 * `duration`, `movingDuration`, `elapsedDuration` s, `startTimeLocal` "2025-04-24 16:42:20"
 * (local, no zone), `elevationGain` m.
 */
const GARMIN_HOST = 'connect.garmin.com';
const OWN_LIST_PAGE = /^\/(?:app|modern)\/activities\/?$/;
const LIST_REQUEST = /^\/(?:gc-api\/|modern\/proxy\/|proxy\/)?activitylist-service\/activities\/search\/activities\/?$/;

export const GARMIN_LIST_FIELDS = [
  'activityId',
  'activityType.typeKey',
  'activityType.typeId',
  'activityType.parentTypeId',
  'distance',
  'duration',
  'movingDuration',
  'elapsedDuration',
  'startTimeLocal',
  'elevationGain',
] as const;

/** Parameters that say nothing of which activities the list holds; any other may leave runs out. */
const NEUTRAL = ['limit', 'start'];

/** Only the runner's own activities page: a list on someone else's profile is not theirs. */
export const isGarminListPage = (pageUrl: URL) =>
  pageUrl.protocol === 'https:' && pageUrl.hostname === GARMIN_HOST && OWN_LIST_PAGE.test(pageUrl.pathname);

export const isGarminListRequest = (url: URL) =>
  url.protocol === 'https:' && url.hostname === GARMIN_HOST && LIST_REQUEST.test(url.pathname);

/** The items of an `activities/search/activities` response, as rows of plain values. */
export function garminListRows(json: unknown): ListRow[] {
  return Array.isArray(json) ? json.map((item: unknown) => pickFields(item, GARMIN_LIST_FIELDS)) : [];
}

/** The runs among the rows (rides, strength training… are left out), each range-checked. */
export function garminRunsFromRows(rows: readonly ListRow[]): ListedRun[] {
  return rows.map(runFromRow).filter((run) => run !== undefined);
}

/** The runs of an `activitylist-service/activities/search/activities` response. Never throws. */
export function listedRunsFromGarminList(json: unknown): ListedRun[] {
  return garminRunsFromRows(garminListRows(json));
}

/**
 * How much of the runner's history a response covers: none when the list was filtered (by
 * type, a search, dates…, or in a way we do not know), up to today from its first row
 * (`start=0`), else the days between its first and last rows.
 */
export function garminListSpan(url: string): ListSpan {
  if (!URL.canParse(url)) return 'none';
  const query = new URL(url).searchParams;
  for (const [key, value] of query) if (value !== '' && !NEUTRAL.includes(key)) return 'none';
  const start = query.get('start');
  if (start === null || start === '' || start === '0') return 'to-today';
  return /^[1-9]\d{0,6}$/.test(start) ? 'between' : 'none';
}

function runFromRow(row: ListRow): ListedRun | undefined {
  const sport = sportOf(row);
  if (sport === undefined) return undefined;
  const id = row.activityId;
  return sanitizeListedRun({
    site: 'garmin-connect',
    activityId: typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? String(id) : id,
    sport,
    startTime: garminLocalTime(row.startTimeLocal)?.replace(/\.\d+$/, ''),
    distanceM: row.distance,
    movingTimeS: row.movingDuration,
    elapsedTimeS: row.elapsedDuration ?? row.duration,
    elevationGainM: row.elevationGain,
  });
}

/** By type key; a key we do not know is a run when its type is running's own or one of its subtypes. */
function sportOf(row: ListRow): Sport | undefined {
  const sport = garminSport(row['activityType.typeKey'], row['activityType.typeId'], row['activityType.parentTypeId']);
  return sport === 'other' ? undefined : sport;
}

export const garminActivityList: ActivityList = {
  site: 'garmin-connect',
  pageMatches: garminConnectSite.pageMatches,
  rowFields: GARMIN_LIST_FIELDS,
  isOwnListPage: isGarminListPage,
  isListRequest: isGarminListRequest,
  span: garminListSpan,
  runs: garminRunsFromRows,
};
