import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE_SOURCE, type BridgeValue, parseBridgeMessage, pickFields } from '../../../src/bridge/protocol';
import { SITES } from '../../../src/sites/all-sites';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { readStravaPageModel } from '../../../src/sites/strava/bridge';
import { STRAVA_MODEL_FIELDS } from '../../../src/sites/strava/site';

const RUNS = 3000;
const ACTIVITY_ID = '12000000001';

function expectBridgeValues(fields: Record<string, BridgeValue>, allowed: readonly string[]) {
  for (const [key, value] of Object.entries(fields)) {
    expect(allowed).toContain(key);
    if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(64);
    else if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else expect(typeof value).toBe('boolean');
  }
}

/** Values as a page might put them under a field: plain, huge, long, or not plain at all. */
const fieldValue = fc.oneof(fc.double(), fc.string({ maxLength: 80 }), fc.boolean(), fc.anything({ maxDepth: 2 }));

/** Anything a page script could post, including near-misses of our own message and forgeries of it. */
const posted = fc.oneof(
  fc.record({
    source: fc.constant(BRIDGE_SOURCE),
    version: fc.constant(1),
    site: fc.constant('strava'),
    activityId: fc.constant(ACTIVITY_ID),
    fields: fc.dictionary(fc.constantFrom(...STRAVA_MODEL_FIELDS), fieldValue),
  }),
  fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }),
  fc.record({
    source: fc.constantFrom(BRIDGE_SOURCE, 'other-extension', ''),
    version: fc.constantFrom(1, 2, '1'),
    site: fc.constantFrom('strava', 'garmin-connect', 'evil'),
    activityId: fc.oneof(fc.constant(ACTIVITY_ID), fc.string({ maxLength: 30 }), fc.nat()),
    fields: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...STRAVA_MODEL_FIELDS, ...GARMIN_ACTIVITY_FIELDS, '__proto__', 'constructor', 'innerHTML'),
        fc.anything(),
      ),
      fc.anything(),
    ),
  }),
);

/** JSON shaped like Garmin's activity, with anything at the leaves. */
const garminShapedJson = fc.record({
  activityTypeDTO: fc.oneof(fc.record({ typeKey: fieldValue, parentTypeId: fieldValue }), fieldValue),
  eventTypeDTO: fc.record({ typeKey: fieldValue }),
  summaryDTO: fc.dictionary(
    fc.constantFrom(
      ...GARMIN_ACTIVITY_FIELDS.filter((path) => path.startsWith('summaryDTO.')).map((path) => path.slice(11)),
    ),
    fieldValue,
  ),
});

/** A model object as another script may have left it: throwing getters, odd types, loops. */
const hostileModel = fc.record(
  {
    id: fc.oneof(fc.constant(ACTIVITY_ID), fc.anything()),
    attributes: fc.dictionary(fc.constantFrom(...STRAVA_MODEL_FIELDS, 'id'), fc.anything()),
    throws: fc.boolean(),
  },
  { requiredKeys: ['throws'] },
);

describe('the page bridge, on what a page can make', () => {
  it(`parseBridgeMessage never throws, and accepts only plain values under known keys (${RUNS} cases)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(posted, (data) => {
        const report = parseBridgeMessage(data, SITES);
        if (report === null) return;
        accepted++;
        expect(report.activityId).toMatch(/^\d{1,20}$/);
        expectBridgeValues(report.fields, report.site === 'strava' ? STRAVA_MODEL_FIELDS : GARMIN_ACTIVITY_FIELDS);
      }),
      { numRuns: RUNS },
    );
    console.log(`property: parseBridgeMessage held on ${RUNS} generated messages (${accepted} accepted)`);
  });

  it(`pickFields never throws, and picks only plain values at the asked paths (${RUNS} cases)`, () => {
    let picked = 0;
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), garminShapedJson), (json) => {
        const fields = pickFields(json, GARMIN_ACTIVITY_FIELDS);
        picked += Object.keys(fields).length;
        expectBridgeValues(fields, GARMIN_ACTIVITY_FIELDS);
      }),
      { numRuns: RUNS },
    );
    console.log(`property: pickFields held on ${RUNS} generated JSON values (${picked} fields picked)`);
  });

  it(`readStravaPageModel never throws on other scripts' globals (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostileModel, fc.anything(), ({ id, attributes, throws }, athlete) => {
        const model = {
          id,
          attributes,
          get: (key: string) => {
            if (throws) throw new Error('a page getter that throws');
            return attributes?.[key];
          },
        };
        const win = { pageView: { activity: () => model }, currentAthlete: athlete } as unknown as Window;
        const report = readStravaPageModel(win, ACTIVITY_ID);
        if (report !== null) {
          expect(report.activityId).toBe(ACTIVITY_ID);
          expectBridgeValues(report.fields, STRAVA_MODEL_FIELDS);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`property: readStravaPageModel held on ${RUNS} generated page globals`);
  });
});
