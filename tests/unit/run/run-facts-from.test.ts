import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickFields } from '../../../src/bridge/protocol';
import { runFactsFrom } from '../../../src/run/run-facts-from';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { readRun } from '../../../src/sites/read-run';
import { fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_PAYLOADS } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_PAGES } from '../../fixtures/strava/pages';
import { expectPlausible } from '../properties/plausible-run';

const RUNS = 3000;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('runFactsFrom, the background’s check of a reported run', () => {
  it('keeps every fact the reader reads from the fixture pages, unchanged', () => {
    const read = [
      ...STRAVA_PAGES.map((page) => readRun(parse(fixtureHtml('strava', page.file)), page.url)),
      ...GARMIN_PAYLOADS.map((payload) =>
        readRun(parse('<html></html>'), payload.url, {
          site: 'garmin-connect',
          activityId: payload.activityId,
          fields: pickFields(JSON.parse(fixtureHtml('garmin-connect', payload.file)), GARMIN_ACTIVITY_FIELDS),
        }),
      ),
    ].filter((run) => run !== null);
    expect(read.length).toBeGreaterThan(10);
    for (const run of read) expect(runFactsFrom(structuredClone(run))).toEqual(run);
  });

  it('drops what is not a run’s facts at all', () => {
    for (const raw of [
      null,
      'run',
      [],
      {},
      { site: 'strava' },
      { site: 'evil', sport: 'run' },
      { site: 'strava', sport: 'swim' },
    ])
      expect(runFactsFrom(raw)).toBeNull();
  });

  it('keeps known fields of the right type, in range, and nothing else', () => {
    expect(
      runFactsFrom({
        site: 'strava',
        sport: 'run',
        activityId: '12; alert(1)',
        distanceM: 10_000,
        movingTimeS: '3000',
        avgHeartRate: 900,
        workoutType: 'nap',
        units: 'imperial',
        gear: { name: 'Shoes', distanceM: Number.NaN },
        sources: { distanceM: 'page-model', avgHeartRate: 'rumour', movingTimeS: 'page-text' },
        toString: 'not a function',
      }),
    ).toEqual({
      site: 'strava',
      sport: 'run',
      distanceM: 10_000,
      units: 'imperial',
      gear: { name: 'Shoes' },
      sources: { distanceM: 'page-model' },
    });
  });

  it('keeps whose run it is only as one of the two known answers', () => {
    const base = { site: 'strava', sport: 'run', distanceM: 10_000 };
    expect(runFactsFrom({ ...base, athlete: 'someone-else', sources: { athlete: 'page-model' } })).toMatchObject({
      athlete: 'someone-else',
      sources: { athlete: 'page-model' },
    });
    expect(runFactsFrom({ ...base, athlete: 'you' })?.athlete).toBe('you');
    for (const athlete of ['me', true, 777, { id: 777 }])
      expect(runFactsFrom({ ...base, athlete })).not.toHaveProperty('athlete');
  });

  it(`never throws, and gives nothing or plausible facts, on ${RUNS} forged reports`, () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 200 }),
      fc.boolean(),
      fc.anything({ maxDepth: 2 }),
    );
    const forged = fc.oneof(
      fc.anything(),
      fc.record(
        {
          site: fc.constantFrom('strava', 'garmin-connect', 'other'),
          sport: fc.constantFrom('run', 'trail-run', 'virtual-run', 'other', 'swim'),
          activityId: value,
          distanceM: value,
          movingTimeS: value,
          elapsedTimeS: value,
          elevationGainM: value,
          avgHeartRate: value,
          maxHeartRate: value,
          temperatureC: value,
          commute: value,
          workoutType: value,
          gear: fc.oneof(fc.record({ name: value, distanceM: value }), value),
          startTime: value,
          units: value,
          sources: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), value), value),
        },
        { requiredKeys: ['site', 'sport'] },
      ),
    );
    let kept = 0;
    fc.assert(
      fc.property(forged, (raw) => {
        const run = runFactsFrom(raw);
        if (run) kept++;
        expectPlausible(run);
      }),
      { numRuns: RUNS },
    );
    console.log(`property: runFactsFrom held on ${RUNS} forged run reports (${kept} kept as runs)`);
  });
});
