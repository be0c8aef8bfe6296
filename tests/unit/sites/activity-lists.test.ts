import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { postListTo, startListBridge } from '../../../src/bridge/list-bridge';
import {
  LIST_BRIDGE_SOURCE,
  type ListReport,
  type ListRow,
  listMessage,
  MAX_LIST_ROWS,
} from '../../../src/bridge/list-protocol';
import { isRequest } from '../../../src/messages';
import { runsListedFrom, startListReader } from '../../../src/reader/list-reader';
import {
  garminActivityList,
  garminListSpan,
  isGarminListPage,
  listedRunsFromGarminList,
} from '../../../src/sites/garmin-connect/activity-list';
import { watchGarminListResponses } from '../../../src/sites/garmin-connect/bridge';
import {
  isStravaListPage,
  listedRunsFromStravaTraining,
  stravaActivityList,
  stravaListSpan,
} from '../../../src/sites/strava/activity-list';
import { watchStravaListResponses } from '../../../src/sites/strava/bridge';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';

const LISTS = [stravaActivityList, garminActivityList];

const fixture = (site: string, file: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES_DIR, site, file), 'utf8'));
const STRAVA_LIST = fixture('strava', 'training-activities.json');
const GARMIN_LIST = fixture('garmin-connect', 'activity-list.json');

const STRAVA_PAGE = 'https://www.strava.com/athlete/training';
const STRAVA_LIST_URL =
  'https://www.strava.com/athlete/training_activities?keywords=&sport_type=&tags=&commute=&private_activities=&trainer=&gear=&search_session_id=0f3c2a9e&new_activity_only=false&page=1';
const GARMIN_PAGE = 'https://connect.garmin.com/app/activities';
const GARMIN_LIST_URL =
  'https://connect.garmin.com/gc-api/activitylist-service/activities/search/activities?limit=20&start=0';

describe('listedRunsFromStravaTraining', () => {
  const runs = listedRunsFromStravaTraining(STRAVA_LIST);

  it('takes the runs of the fixture list, newest first, and leaves out the ride and the walk', () => {
    expect(runs.map((run) => [run.activityId, run.sport])).toEqual([
      ['12000000014', 'run'],
      ['12000000007', 'run'],
      ['12000000005', 'run'],
      ['12000000009', 'virtual-run'],
      ['12000000006', 'run'],
      ['12000000011', 'run'],
      ['12000000003', 'run'],
      ['12000000001', 'run'],
      ['12000000008', 'trail-run'],
      ['12000001001', 'virtual-run'],
    ]);
  });

  it('reads raw SI values and the local wall clock from start_date_local_raw, not the UTC start_time', () => {
    expect(runs.find((run) => run.activityId === '12000000001')).toEqual({
      site: 'strava',
      activityId: '12000000001',
      sport: 'run',
      startTime: '2025-10-12T07:03:00',
      distanceM: 21_100,
      movingTimeS: 6723,
      elapsedTimeS: 6940,
      elevationGainM: 142,
    });
  });

  it('calls a treadmill run (a Run on a trainer) a virtual run, as its page does', () => {
    expect(runs.find((run) => run.activityId === '12000000009')).toMatchObject({
      sport: 'virtual-run',
      distanceM: 8000,
    });
  });

  it('checks ranges as for a page: a 5000 km "run" loses its distance, a date far off its start', () => {
    const [run] = listedRunsFromStravaTraining({
      models: [
        { id: 5, sport_type: 'Run', distance_raw: 5_000_000, moving_time_raw: 3600, start_date_local_raw: 1e13 },
      ],
    });
    expect(run).toEqual({ site: 'strava', activityId: '5', sport: 'run', movingTimeS: 3600 });
  });

  it.each([
    ['nothing', undefined],
    ['an array', []],
    ['models that are not a list', { models: 'x' }],
    ['models that are not objects', { models: [null, 1, 'Run', []] }],
    ['a model with no id', { models: [{ sport_type: 'Run', distance_raw: 5000 }] }],
    ['a model with an id that is not one', { models: [{ id: '12<b>', sport_type: 'Run' }] }],
    ['a sport named after a prototype key', { models: [{ id: 1, sport_type: 'constructor' }] }],
  ])('gives no run for %s, and never throws', (_name, json) => {
    expect(listedRunsFromStravaTraining(json)).toEqual([]);
  });
});

describe('listedRunsFromGarminList', () => {
  const runs = listedRunsFromGarminList(GARMIN_LIST);

  it('takes the runs of the fixture list and leaves out the ride; treadmill running is a virtual run, as on its page', () => {
    expect(runs.map((run) => [run.activityId, run.sport, run.startTime])).toEqual([
      ['20000000004', 'run', '2025-10-19T09:00:00'],
      ['20000000003', 'virtual-run', '2025-10-14T06:00:00'],
      ['20000000001', 'run', '2025-10-12T07:05:12'],
      ['20000000002', 'trail-run', '2025-10-11T09:12:00'],
    ]);
  });

  it('reads metres and seconds, elapsed before the timer duration, and no elevation where it is null', () => {
    expect(runs.find((run) => run.activityId === '20000000001')).toEqual({
      site: 'garmin-connect',
      activityId: '20000000001',
      sport: 'run',
      startTime: '2025-10-12T07:05:12',
      distanceM: 22_450.37,
      movingTimeS: 7310,
      elapsedTimeS: 7520.4,
      elevationGainM: 168,
    });
    expect(runs.find((run) => run.activityId === '20000000003')).not.toHaveProperty('elevationGainM');
  });

  it('knows a running subtype by its type ids when its key is new', () => {
    const [run] = listedRunsFromGarminList([
      { activityId: 9, activityType: { typeKey: 'moon_running', typeId: 999, parentTypeId: 1 }, distance: 5000 },
    ]);
    expect(run).toMatchObject({ activityId: '9', sport: 'run', distanceM: 5000 });
  });

  it('checks ranges as for a page: a 5000 km "run" loses its distance', () => {
    const [run] = listedRunsFromGarminList([
      { activityId: 9, activityType: { typeKey: 'running' }, distance: 5_000_000_000, movingDuration: 3600 },
    ]);
    expect(run).toEqual({ site: 'garmin-connect', activityId: '9', sport: 'run', movingTimeS: 3600 });
  });

  it.each([
    ['nothing', undefined],
    ['an object', { activities: [] }],
    ['items that are not objects', [null, 1, 'running', []]],
    ['an item with no type', [{ activityId: 1, distance: 5000 }]],
    ['a ride', [{ activityId: 1, activityType: { typeKey: 'cycling', typeId: 2, parentTypeId: 17 } }]],
  ])('gives no run for %s, and never throws', (_name, json) => {
    expect(listedRunsFromGarminList(json)).toEqual([]);
  });
});

const REAL_PAGES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'real-pages');
const realJson = (file: string): unknown => JSON.parse(readFileSync(join(REAL_PAGES, file), 'utf8'));

describe.skipIf(!existsSync(REAL_PAGES))('the list parsers on the real captures (../shared/real-pages)', () => {
  it('Strava "My Activities" (2025-12): the trainer run, its local start; its 125.6 km in 4:10:54 is too fast to be believed', () => {
    expect(listedRunsFromStravaTraining(realJson('strava-training_activities-2025-12.json'))).toEqual([
      {
        site: 'strava',
        activityId: '16922821055',
        // A "Run" on a trainer: a virtual run, as its page would say.
        sport: 'virtual-run',
        startTime: '2025-12-30T01:00:00',
        elevationGainM: 0,
      },
    ]);
  });

  it('Garmin activities list (2025-04): two runs, the strength training left out', () => {
    const runs = listedRunsFromGarminList(realJson('garmin-activitylist-2025-04-26.json'));
    expect(runs.map((run) => [run.activityId, run.sport, run.startTime, Math.round(run.distanceM ?? 0)])).toEqual([
      ['18923007987', 'run', '2025-04-24T16:42:20', 9621],
      ['18891426764', 'run', '2025-04-21T12:35:00', 21_118],
    ]);
    expect(runs[0]).toMatchObject({ elevationGainM: 38, movingTimeS: expect.closeTo(3598.52, 2) });
  });
});
if (!existsSync(REAL_PAGES)) {
  console.log(`activity-lists: no captures at ${REAL_PAGES}, so their cases are skipped (CI has them).`);
}

describe('stravaListSpan', () => {
  it.each([
    [STRAVA_LIST_URL, 'to-today'],
    ['https://www.strava.com/athlete/training_activities', 'to-today'],
    [STRAVA_LIST_URL.replace('page=1', 'page=3'), 'between'],
    ['https://www.strava.com/athlete/training_activities?page=2&per_page=20', 'between'],
    [STRAVA_LIST_URL.replace('keywords=', 'keywords=parkrun'), 'none'],
    [STRAVA_LIST_URL.replace('sport_type=', 'sport_type=Run'), 'none'],
    [STRAVA_LIST_URL.replace('commute=', 'commute=true'), 'none'],
    [STRAVA_LIST_URL.replace('trainer=', 'trainer=false'), 'none'],
    [STRAVA_LIST_URL.replace('gear=', 'gear=3001'), 'none'],
    [STRAVA_LIST_URL.replace('private_activities=', 'private_activities=true'), 'none'],
    [STRAVA_LIST_URL.replace('tags=', 'tags=1'), 'none'],
    [`${STRAVA_LIST_URL}&workout_type=1`, 'none'],
    [STRAVA_LIST_URL.replace('new_activity_only=false', 'new_activity_only=true'), 'none'],
    [`${STRAVA_LIST_URL}&order=distance`, 'none'],
    [STRAVA_LIST_URL.replace('page=1', 'page=x'), 'none'],
    ['not a url', 'none'],
  ])('%s → %s', (url, span) => {
    expect(stravaListSpan(url)).toBe(span);
  });
});

describe('garminListSpan', () => {
  it.each([
    [GARMIN_LIST_URL, 'to-today'],
    ['https://connect.garmin.com/gc-api/activitylist-service/activities/search/activities?limit=20', 'to-today'],
    [GARMIN_LIST_URL.replace('start=0', 'start=20'), 'between'],
    [`${GARMIN_LIST_URL}&activityType=running`, 'none'],
    [`${GARMIN_LIST_URL}&search=parkrun`, 'none'],
    [`${GARMIN_LIST_URL}&startDate=2025-01-01`, 'none'],
    [GARMIN_LIST_URL.replace('start=0', 'start=-1'), 'none'],
    ['not a url', 'none'],
  ])('%s → %s', (url, span) => {
    expect(garminListSpan(url)).toBe(span);
  });
});

describe('the runner’s own list pages', () => {
  it.each([
    [STRAVA_PAGE, true],
    [`${STRAVA_PAGE}?utm_source=top-nav`, true],
    ['https://www.strava.com/athletes/777', false],
    ['https://www.strava.com/dashboard', false],
    ['http://www.strava.com/athlete/training', false],
  ])('Strava: %s → %s', (url, own) => {
    expect(isStravaListPage(new URL(url))).toBe(own);
  });

  it.each([
    [GARMIN_PAGE, true],
    ['https://connect.garmin.com/modern/activities', true],
    ['https://connect.garmin.com/app/profile/someone-else', false],
    ['https://connect.garmin.com/app/activity/20000000001', false],
  ])('Garmin: %s → %s', (url, own) => {
    expect(isGarminListPage(new URL(url))).toBe(own);
  });

  it('each list reader listens on its list pages (Garmin: the app pages it reaches its list from), nowhere else', () => {
    expect(stravaActivityList.pageMatches).toEqual(['https://www.strava.com/athlete/training*']);
    expect(garminActivityList.pageMatches).toEqual([
      'https://connect.garmin.com/app/*',
      'https://connect.garmin.com/modern/*',
    ]);
  });
});

/** A page's window, enough for the bridge and the list reader: its address, fetch, messages. */
function fakePage(href: string, responses: Record<string, unknown> = {}) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const fetch = vi.fn(async (input: string) => {
    const url = new URL(input, href).href;
    const response = new Response(JSON.stringify(responses[url] ?? {}), {
      headers: { 'content-type': 'application/json' },
    });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  });
  const win = {
    fetch,
    location: { href, origin: new URL(href).origin },
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) =>
      listeners.splice(listeners.indexOf(listener), 1),
    // As the browser does: the page itself is the source, and its origin the event's.
    postMessage: vi.fn((data: unknown, targetOrigin: string) => {
      for (const listener of [...listeners]) {
        listener({ data, origin: targetOrigin, source: win } as unknown as MessageEvent);
      }
    }),
  };
  return { win: win as unknown as Window & typeof globalThis, fetch, listeners };
}

const eventOn = (win: Window, data: unknown, overrides: Partial<Record<'origin' | 'source', unknown>> = {}) =>
  ({ data, origin: win.location.origin, source: win, ...overrides }) as unknown as MessageEvent;

describe('the list bridge, in the page’s world', () => {
  it('passes on the rows of the list Strava’s page loaded, only the known fields, and requests nothing', async () => {
    const { win, fetch } = fakePage(STRAVA_PAGE, { [STRAVA_LIST_URL]: STRAVA_LIST });
    const seen = vi.fn();
    watchStravaListResponses(win, seen);
    const response = await win.fetch(STRAVA_LIST_URL);
    expect(await response.json()).toEqual(STRAVA_LIST);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
    const report: ListReport = seen.mock.calls[0]?.[0];
    expect(report).toMatchObject({ site: 'strava', url: STRAVA_LIST_URL });
    expect(report.rows).toHaveLength(12);
    expect(Object.keys(report.rows[0] ?? {}).sort()).toEqual(
      [
        'distance_raw',
        'elapsed_time_raw',
        'elevation_gain_raw',
        'id',
        'moving_time_raw',
        'sport_type',
        'start_date_local_raw',
        'trainer',
      ].sort(),
    );
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('reads an XMLHttpRequest’s text once it has loaded, as Strava’s own page asks for its list', () => {
    const { win } = fakePage(STRAVA_PAGE);
    class FakeXhr extends EventTarget {
      responseType = '';
      responseURL = '';
      status = 0;
      responseText = '';
      open(_method: string, url: string) {
        this.responseURL = url;
      }
      finish(status: number, body: string) {
        this.status = status;
        this.responseText = body;
        this.dispatchEvent(new Event('load'));
      }
    }
    Object.assign(win, { XMLHttpRequest: FakeXhr });
    const seen = vi.fn();
    watchStravaListResponses(win, seen);
    const failed = new FakeXhr();
    failed.open('GET', STRAVA_LIST_URL);
    failed.finish(500, JSON.stringify(STRAVA_LIST));
    const notJson = new FakeXhr();
    notJson.open('GET', STRAVA_LIST_URL);
    notJson.finish(200, '<html>');
    const xhr = new FakeXhr();
    xhr.open('GET', STRAVA_LIST_URL);
    xhr.finish(200, JSON.stringify(STRAVA_LIST));
    expect(seen).toHaveBeenCalledOnce();
    expect(seen.mock.calls[0]?.[0].rows).toHaveLength(12);
  });

  it('passes on nothing on a page that is not the runner’s own list, nor for another address', async () => {
    const other = fakePage('https://www.strava.com/athletes/777', { [STRAVA_LIST_URL]: STRAVA_LIST });
    const seen = vi.fn();
    watchStravaListResponses(other.win, seen);
    await other.win.fetch(STRAVA_LIST_URL);
    const garmin = fakePage('https://connect.garmin.com/app/profile/someone-else', { [GARMIN_LIST_URL]: GARMIN_LIST });
    watchGarminListResponses(garmin.win, seen);
    await garmin.win.fetch(GARMIN_LIST_URL);
    const own = fakePage(STRAVA_PAGE, { 'https://www.strava.com/athlete/training_activities/12000000001': {} });
    watchStravaListResponses(own.win, seen);
    await own.win.fetch('/athlete/training_activities/12000000001');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
  });

  it('Garmin: from the page bridge’s list watcher to the list reader, the runs and their span', async () => {
    const { win } = fakePage(GARMIN_PAGE, { [GARMIN_LIST_URL]: GARMIN_LIST });
    const heard = vi.fn();
    win.addEventListener('message', (event) => heard(runsListedFrom(event, win, LISTS)));
    watchGarminListResponses(win, postListTo(win));
    await win.fetch('/gc-api/activitylist-service/activities/search/activities?limit=20&start=0');
    await vi.waitFor(() => expect(heard).toHaveBeenCalledOnce());
    expect(heard.mock.calls[0]?.[0]).toEqual({ runs: listedRunsFromGarminList(GARMIN_LIST), span: 'to-today' });
  });
});

describe('runsListedFrom (the list reader’s check of what it hears)', () => {
  const { win } = fakePage(STRAVA_PAGE);
  const rows: ListRow[] = [
    {
      id: 12000000001,
      sport_type: 'Run',
      distance_raw: 21_100,
      moving_time_raw: 6723,
      start_date_local_raw: 1760252580,
    },
    { id: 12000000004, sport_type: 'Ride', distance_raw: 45_200 },
  ];
  const valid = listMessage({ site: 'strava', url: STRAVA_LIST_URL, rows });

  it('accepts a report of the exact shape from the page itself, and leaves out the ride', () => {
    expect(runsListedFrom(eventOn(win, valid), win, LISTS)).toEqual({
      runs: [
        {
          site: 'strava',
          activityId: '12000000001',
          sport: 'run',
          startTime: '2025-10-12T07:03:00',
          distanceM: 21_100,
          movingTimeS: 6723,
        },
      ],
      span: 'to-today',
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', LIST_BRIDGE_SOURCE],
    ['another source', { ...valid, source: 'backstride-bridge' }],
    ['another protocol version', { ...valid, version: 2 }],
    ['a key more', { ...valid, runs: [] }],
    ['an unknown site', { ...valid, site: 'example' }],
    ['the other site’s list on this page', { ...valid, site: 'garmin-connect', url: GARMIN_LIST_URL }],
    ['a list from another origin', { ...valid, url: 'https://evil.example/athlete/training_activities?page=1' }],
    ['a list from another address', { ...valid, url: 'https://www.strava.com/athletes/777/activities' }],
    ['an address that is not one', { ...valid, url: 'not a url' }],
    ['rows that are not a list', { ...valid, rows: { 0: rows[0] } }],
    ['a row that is not an object', { ...valid, rows: [...rows, 'row'] }],
    ['an unknown field', { ...valid, rows: [{ ...rows[0], name: 'Sunday Long Run' }] }],
    ['a field that is an object', { ...valid, rows: [{ ...rows[0], distance_raw: { valueOf: 1 } }] }],
    ['a field that is not finite', { ...valid, rows: [{ ...rows[0], distance_raw: Number.NaN }] }],
    ['a very long string', { ...valid, rows: [{ ...rows[0], sport_type: 'R'.repeat(5000) }] }],
    ['too many rows', { ...valid, rows: Array.from({ length: MAX_LIST_ROWS + 1 }, () => rows[0]) }],
    ['only a ride', { ...valid, rows: [rows[1]] }],
  ])('refuses %s', (_name, data) => {
    expect(runsListedFrom(eventOn(win, data), win, LISTS)).toBeNull();
  });

  it('refuses a forged report from another window or origin (a frame, another site)', () => {
    expect(runsListedFrom(eventOn(win, valid, { source: {} }), win, LISTS)).toBeNull();
    expect(runsListedFrom(eventOn(win, valid, { source: null }), win, LISTS)).toBeNull();
    expect(runsListedFrom(eventOn(win, valid, { origin: 'https://evil.example' }), win, LISTS)).toBeNull();
  });

  it('refuses a report on a page that is not the runner’s own list', () => {
    const { win: profile } = fakePage('https://www.strava.com/athletes/777');
    expect(runsListedFrom(eventOn(profile, valid), profile, LISTS)).toBeNull();
    const { win: garmin } = fakePage('https://connect.garmin.com/app/profile/someone-else');
    const garminReport = listMessage({ site: 'garmin-connect', url: GARMIN_LIST_URL, rows: [] });
    expect(runsListedFrom(eventOn(garmin, garminReport), garmin, LISTS)).toBeNull();
  });

  it('survives objects that throw when read', () => {
    const hostile = {
      ...valid,
      get rows(): never {
        throw new Error('gotcha');
      },
    };
    expect(runsListedFrom(eventOn(win, hostile), win, LISTS)).toBeNull();
  });
});

describe('startListReader and startListBridge', () => {
  it('sends what the bridge saw as a runs-listed request, and goes quiet once the extension is gone', async () => {
    const { win } = fakePage(STRAVA_PAGE, { [STRAVA_LIST_URL]: STRAVA_LIST });
    const api = {
      runtime: { id: 'backstride' as string | undefined, sendMessage: vi.fn(async (_message: unknown) => undefined) },
    };
    startListReader(api, win, stravaActivityList);
    startListBridge(win, watchStravaListResponses);
    // Once per page: a second copy changes nothing.
    startListBridge(win, watchStravaListResponses);
    startListReader(api, win, stravaActivityList);

    await win.fetch(STRAVA_LIST_URL);
    await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalledOnce());
    const request = api.runtime.sendMessage.mock.calls[0]?.[0] as unknown;
    expect(request).toEqual({
      type: 'runs-listed',
      runs: listedRunsFromStravaTraining(STRAVA_LIST),
      span: 'to-today',
    });
    expect(isRequest(request)).toBe(true);

    api.runtime.id = undefined;
    await win.fetch(STRAVA_LIST_URL);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.runtime.sendMessage).toHaveBeenCalledOnce();
  });
});
