import { describe, expect, it } from 'vitest';
import { readRun } from '../../../src/sites/read-run';
import { fixtureDocument } from '../../fixtures/fixture-files';
import { STRAVA_PAGES } from '../../fixtures/strava/pages';

const loadFixture = (file: string) => fixtureDocument('strava', file);

/** Each expected value within 0.5 %, and no field the fixture does not promise. */
function expectFactsClose(actual: object | null, expected: object | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Object.keys(actual ?? {}).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (typeof value === 'number')
      expect(Math.abs((got as number) - value)).toBeLessThanOrEqual(Math.abs(value) * 0.005);
    else expect(got).toEqual(value);
  }
}

describe('readRun on the Strava fixture pages', () => {
  it.each(STRAVA_PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    expectFactsClose(readRun(loadFixture(page.file), page.url), page.expected);
  });

  it('reads sub-pages of an activity as the same activity', () => {
    const page = STRAVA_PAGES[0];
    if (!page) throw new Error('no fixtures');
    expect(readRun(loadFixture(page.file), `${page.url}/overview`)?.activityId).toBe(page.expected?.activityId);
  });

  it.each([
    'https://www.strava.com/dashboard',
    'https://www.strava.com/athletes/501',
    'https://www.strava.com/activities/',
    'https://www.strava.com/activities/12000000001/segments/99',
    'https://example.com/activities/12000000001',
    'not a url',
  ])('does not read %s as an activity', (url) => {
    const page = STRAVA_PAGES[0];
    if (!page) throw new Error('no fixtures');
    expect(readRun(loadFixture(page.file), url)).toBeNull();
  });

  it('reads nothing from a page whose layout changed beyond recognition', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><div class="new-layout">21.1 km</div></body></html>',
      'text/html',
    );
    expect(readRun(doc, 'https://www.strava.com/activities/1')).toBeNull();
  });

  it('never claims a distance it could not read', () => {
    const doc = loadFixture('run-long-metric-en.html');
    doc.querySelector('abbr.unit[title="kilometers"]')?.setAttribute('title', 'furlongs');
    for (const abbr of doc.querySelectorAll('abbr.unit')) abbr.textContent = 'fur';
    const run = readRun(doc, 'https://www.strava.com/activities/12000000001');
    expect(run?.sport).toBe('run');
    expect(run).not.toHaveProperty('distanceM');
    expect(run?.movingTimeS).toBe(6723);
  });
});
