import { describe, expect, it } from 'vitest';
import { pickFields } from '../../../src/bridge/protocol';
import { type Gear, isRun, type RunFacts, type Sport } from '../../../src/run/run-facts';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { readRun } from '../../../src/sites/read-run';
import { fixtureDocument, fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_PAYLOADS } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_PAGES, stravaPage } from '../../fixtures/strava/pages';

const loadStrava = (file: string) => fixtureDocument('strava', file);
const emptyDocument = () => new DOMParser().parseFromString('<html><body></body></html>', 'text/html');

/** Each expected number within 0.5 %, other values equal, and no field the fixture does not promise. */
function expectFactsClose(actual: RunFacts | null, expected: Omit<RunFacts, 'sources'> | null) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const { sources: _sources, ...facts } = actual ?? ({} as RunFacts);
  expect(Object.keys(facts).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const got = (facts as Record<string, unknown>)[key];
    if (typeof value === 'number') {
      expect(Math.abs((got as number) - value), key).toBeLessThanOrEqual(Math.abs(value) * 0.005 + 1e-9);
    } else if (key === 'gear' && (value as Gear).distanceM !== undefined) {
      const gear = got as Gear;
      const expectedGear = value as Required<Gear>;
      expect(gear.name).toBe(expectedGear.name);
      expect(Math.abs((gear.distanceM ?? Number.NaN) - expectedGear.distanceM)).toBeLessThanOrEqual(
        expectedGear.distanceM * 0.005,
      );
    } else {
      expect(got, key).toEqual(value);
    }
  }
}

describe('readRun on the Strava fixture pages', () => {
  it('covers the pages the issue asks for', () => {
    expect(STRAVA_PAGES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(STRAVA_PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    expectFactsClose(readRun(loadStrava(page.file), page.url), page.expected);
  });

  it.each(
    STRAVA_PAGES.filter((page) => page.expected !== null).map((page) => [page.file, page] as const),
  )('%s: the rendered text alone agrees with the page model', (_file, page) => {
    const doc = loadStrava(page.file);
    for (const script of doc.querySelectorAll('script')) script.remove();
    const fromText = readRun(doc, page.url);
    const expected = page.expected as Record<string, unknown>;
    for (const [field, value] of Object.entries(fromText ?? {})) {
      if (field === 'sources' || field === 'site' || field === 'activityId') continue;
      if (typeof value === 'number') {
        expect(Math.abs(value - (expected[field] as number)), field).toBeLessThanOrEqual(
          Math.abs(value) * 0.005 + 0.01,
        );
      } else if (field === 'sport') {
        // The text names a run; only the model knows a treadmill (trainer) run from a road run.
        expect(isRun({ site: 'strava', sport: value as Sport }), field).toBe(
          isRun({ site: 'strava', sport: expected.sport as Sport }),
        );
      } else if (field === 'startTime') {
        // The text shows the start to the minute; the model knows the seconds.
        expect(value, field).toBe(String(expected[field]).slice(0, 16));
      } else if (field !== 'gear') {
        expect(value, field).toEqual(expected[field]);
      }
    }
  });

  it('says where each field came from', () => {
    const run = readRun(loadStrava('run-long-metric-en.html'), stravaPage('run-long-metric-en.html').url);
    expect(run?.sources).toMatchObject({
      sport: 'page-script',
      distanceM: 'page-script',
      avgHeartRate: 'page-script',
      startTime: 'page-script',
      temperatureC: 'page-text',
      gear: 'page-text',
    });
    const domOnly = readRun(loadStrava('run-dom-only-metric-en.html'), stravaPage('run-dom-only-metric-en.html').url);
    // Only the athlete's unit choice comes from a script (window._measurement_preference).
    const { units, ...fromText } = domOnly?.sources ?? {};
    expect(units).toBe('page-script');
    expect(new Set(Object.values(fromText))).toEqual(new Set(['page-text']));
  });

  it('prefers the page model from the bridge over the inline script and the text', () => {
    const page = stravaPage('run-long-metric-en.html');
    const run = readRun(loadStrava(page.file), page.url, {
      site: 'strava',
      activityId: '12000000001',
      fields: { type: 'Run', distance: 21_300, moving_time: 6800 },
    });
    expect(run?.distanceM).toBe(21_300);
    expect(run?.movingTimeS).toBe(6800);
    expect(run?.elapsedTimeS).toBe(6940);
    expect(run?.sources).toMatchObject({ distanceM: 'page-model', elapsedTimeS: 'page-script' });
  });

  it('accepts sport_type, which Strava uses since late 2024, over type', () => {
    const run = readRun(emptyDocument(), 'https://www.strava.com/activities/5', {
      site: 'strava',
      activityId: '5',
      fields: { type: 'Run', sport_type: 'TrailRun', distance: 10_000 },
    });
    expect(run?.sport).toBe('trail-run');
  });

  it.each([
    [true, 'you', 'page-model'],
    [false, 'someone-else', 'page-model'],
    // Without the model's word, the page view's builder chain says it: .isOwner(false).
    [undefined, 'someone-else', 'page-script'],
  ])('tells whose run it is from the page model (viewer is athlete: %s)', (viewerIsAthlete, athlete, source) => {
    const page = stravaPage('run-long-someone-else-en.html');
    const fields = {
      type: 'Run',
      distance: 21_100,
      ...(viewerIsAthlete === undefined ? {} : { viewer_is_athlete: viewerIsAthlete }),
    };
    const run = readRun(loadStrava(page.file), page.url, { site: 'strava', activityId: '12000000025', fields });
    expect(run?.athlete).toBe(athlete);
    expect(run?.sources?.athlete).toBe(source);
  });

  it('ignores page-model data for another activity', () => {
    const page = stravaPage('run-long-metric-en.html');
    const run = readRun(loadStrava(page.file), page.url, {
      site: 'strava',
      activityId: '999',
      fields: { type: 'Ride', distance: 99_000 },
    });
    expect(run?.sport).toBe('run');
    expect(run?.distanceM).toBe(21_100);
  });

  it('reads sub-pages of an activity as the same activity', () => {
    const page = stravaPage('run-long-metric-en.html');
    expect(readRun(loadStrava(page.file), `${page.url}/overview`)?.activityId).toBe('12000000001');
  });

  it('does not read the text of another activity still on screen after an in-page navigation', () => {
    const doc = loadStrava('run-dom-only-metric-en.html');
    const staleSummary = doc.querySelector('.activity-summary-container');
    const url = 'https://www.strava.com/activities/12000000099';
    // As the reader remembers the move: the summary and the title on screen when it began.
    const stale = { staleSummary, staleTitle: doc.title };
    expect(readRun(doc, url, undefined, stale)).toBeNull();
    // Once the site's app has put the new activity's summary in its place, it is read.
    staleSummary?.replaceWith(staleSummary.cloneNode(true));
    expect(readRun(doc, url, undefined, stale)?.distanceM).toBeGreaterThan(0);
  });

  it('after an in-page move, takes a title the site’s app has changed for the new activity’s', () => {
    const doc = loadStrava('run-dom-only-metric-en.html');
    const stale = { staleSummary: doc.querySelector('.activity-summary-container'), staleTitle: doc.title };
    doc.title = 'Lunch Ride | Ride | Strava';
    const run = readRun(doc, 'https://www.strava.com/activities/12000000099', undefined, stale);
    expect(run).toMatchObject({ sport: 'other', sources: { sport: 'page-text' } });
    expect(run?.distanceM).toBeUndefined();
  });

  it('on a full page load, reads the summary the URL names, with or without a tab bar', () => {
    const page = stravaPage('run-fast-metric-fr.html');
    const doc = loadStrava(page.file);
    expect(doc.querySelector('#pagenav')).toBeNull();
    for (const script of doc.querySelectorAll('script')) script.remove();
    const run = readRun(doc, page.url);
    expect(run?.distanceM).toBeGreaterThan(0);
    expect(run?.sources?.distanceM).toBe('page-text');
    expect(run?.startTime).toBe(page.expected?.startTime?.slice(0, 16));
  });

  it.each([
    'https://www.strava.com/dashboard',
    'https://www.strava.com/athletes/501',
    'https://www.strava.com/activities/',
    'https://www.strava.com/activities/12000000001/segments/99',
    'https://example.com/activities/12000000001',
    'not a url',
  ])('does not read %s as an activity', (url) => {
    expect(readRun(loadStrava('run-long-metric-en.html'), url)).toBeNull();
  });

  it('never claims a distance it could not read', () => {
    const doc = loadStrava('run-dom-only-metric-en.html');
    for (const abbr of doc.querySelectorAll('abbr.unit')) {
      abbr.setAttribute('title', 'furlongs');
      abbr.textContent = 'fur';
    }
    const run = readRun(doc, stravaPage('run-dom-only-metric-en.html').url);
    expect(run?.sport).toBe('run');
    expect(run).not.toHaveProperty('distanceM');
    expect(run?.movingTimeS).toBe(2832);
  });

  it('does not take an activity it cannot name for a run', () => {
    const doc = loadStrava('run-dom-only-metric-en.html');
    doc.title = 'Evening Session | Kitesurf | Strava';
    for (const heading of doc.querySelectorAll('#heading .title')) heading.textContent = 'Jane Runner – Kitesurf';
    expect(readRun(doc, stravaPage('run-dom-only-metric-en.html').url)?.sport).toBe('other');
  });

  it('keeps the fixture pages free of scripts that could throw', () => {
    expect(fixtureHtml('strava', 'run-long-metric-en.html')).toContain('window.__pageErrors');
  });
});

describe('readRun on Garmin Connect activity JSON', () => {
  it.each(GARMIN_PAYLOADS.map((payload) => [payload.file, payload] as const))('%s', (file, payload) => {
    const json: unknown = JSON.parse(fixtureHtml('garmin-connect', file));
    const bridge = {
      site: 'garmin-connect' as const,
      activityId: payload.activityId,
      fields: pickFields(json, GARMIN_ACTIVITY_FIELDS),
    };
    expectFactsClose(readRun(emptyDocument(), payload.url, bridge), payload.expected);
  });

  it('reads nothing before the app has loaded the activity', () => {
    expect(readRun(emptyDocument(), 'https://connect.garmin.com/modern/activity/20000000001')).toBeNull();
  });

  it('reads nothing from JSON for another activity', () => {
    const bridge = { site: 'garmin-connect' as const, activityId: '1', fields: { 'summaryDTO.distance': 10_000 } };
    expect(readRun(emptyDocument(), 'https://connect.garmin.com/modern/activity/2', bridge)).toBeNull();
  });
});
