import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { BridgeReport } from '../../../src/bridge/protocol';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { interpretPage } from '../../../src/sites/interpret-page';
import { readRun } from '../../../src/sites/read-run';
import { STRAVA_MODEL_FIELDS } from '../../../src/sites/strava/site';
import { fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_PAYLOADS } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_PAGES } from '../../fixtures/strava/pages';
import { expectPlausible } from './plausible-run';

const PAGES = 1500;
/** Parsing a page a few thousand times takes a while. */
const TIMEOUT_MS = 60_000;

/** What can go wrong with a page: each mutation, applied to a parsed fixture. */
type Mutation =
  | { kind: 'remove'; pick: number }
  | { kind: 'relabel'; pick: number; text: string }
  | { kind: 'garble-number'; pick: number; text: string }
  | { kind: 'swap-unit'; pick: number; unit: string }
  | { kind: 'script'; text: string };

const numbers = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-1', '0', '99999999', '1e308', '١٢', '12,3,4', ''),
);

const mutations = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('relabel' as const),
      pick: fc.nat(),
      text: fc.oneof(fc.string(), fc.constantFrom('Distance', 'Moving Time', 'Elevation', 'Heart Rate', 'Temperature')),
    }),
    fc.record({ kind: fc.constant('garble-number' as const), pick: fc.nat(), text: numbers }),
    fc.record({
      kind: fc.constant('swap-unit' as const),
      pick: fc.nat(),
      unit: fc.constantFrom('km', 'mi', 'm', 'ft', 'furlongs', '℉', '', 'kilomètres'),
    }),
    fc.record({
      kind: fc.constant('script' as const),
      text: fc.oneof(
        fc.string(),
        fc.constantFrom(
          'pageView = new Strava.Labs.Activities.Pages.RunPageView(12000000001, "Run"); pageView.activity().set({"distance": -5, "moving_time": 1e12});',
          'var x = {"type":"Ride","distance":"<img src=x onerror=alert(1)>"};',
          'window.pageView = 7; window.currentAthlete = null;',
        ),
      ),
    }),
  ),
  { maxLength: 12 },
);

function mutate(doc: Document, mutation: Mutation): void {
  const all = [...doc.body.querySelectorAll('*')];
  const pick = <T>(list: T[], index: number) => list[index % Math.max(list.length, 1)];
  switch (mutation.kind) {
    case 'remove':
      pick(all, mutation.pick)?.remove();
      break;
    case 'relabel': {
      const label = pick([...doc.querySelectorAll('.label, th, .weather-label')], mutation.pick);
      if (label) label.textContent = mutation.text;
      break;
    }
    case 'garble-number': {
      const value = pick([...doc.querySelectorAll('strong, td, .weather-value, .gear-distance')], mutation.pick);
      const target = value?.firstChild ?? value;
      if (target) target.textContent = mutation.text;
      break;
    }
    case 'swap-unit':
      for (const abbr of doc.querySelectorAll('abbr.unit')) {
        abbr.textContent = mutation.unit;
        abbr.setAttribute('title', mutation.unit);
      }
      break;
    case 'script': {
      const script = doc.createElement('script');
      script.textContent = mutation.text;
      doc.body.append(script);
      break;
    }
  }
}

/** What any reading must satisfy, however broken the page: nothing impossible claimed. */
describe('readRun on damaged pages', () => {
  it(
    `never throws, and reads nothing impossible, on ${PAGES} randomly damaged Strava pages`,
    () => {
      const pages = STRAVA_PAGES.map((page) => ({ page, html: fixtureHtml('strava', page.file) }));
      fc.assert(
        fc.property(fc.nat({ max: pages.length - 1 }), mutations, (index, damage) => {
          const { page, html } = pages[index] ?? { page: STRAVA_PAGES[0], html: '' };
          const doc = new DOMParser().parseFromString(html, 'text/html');
          for (const mutation of damage) mutate(doc, mutation);
          expectPlausible(readRun(doc, page?.url ?? ''));
        }),
        { numRuns: PAGES },
      );
      console.log(`property: readRun held on ${PAGES} damaged Strava pages`);
    },
    TIMEOUT_MS,
  );

  it(
    `never throws, and reads nothing impossible, from ${PAGES} hostile bridge reports`,
    () => {
      const value = fc.oneof(numbers.map(Number), fc.string({ maxLength: 64 }), fc.boolean());
      const report = fc.oneof(
        fc.record({
          site: fc.constant('strava' as const),
          activityId: fc.constant('12000000001'),
          fields: fc.dictionary(fc.constantFrom(...STRAVA_MODEL_FIELDS), value),
        }),
        fc.record({
          site: fc.constant('garmin-connect' as const),
          activityId: fc.constant(GARMIN_PAYLOADS[0]?.activityId ?? '1'),
          fields: fc.dictionary(fc.constantFrom(...GARMIN_ACTIVITY_FIELDS), value),
        }),
      );
      const strava = new DOMParser().parseFromString(fixtureHtml('strava', 'run-long-metric-en.html'), 'text/html');
      const empty = new DOMParser().parseFromString('<html></html>', 'text/html');
      fc.assert(
        fc.property(report, (bridge: BridgeReport) => {
          const run =
            bridge.site === 'strava'
              ? readRun(strava, 'https://www.strava.com/activities/12000000001', bridge)
              : readRun(empty, GARMIN_PAYLOADS[0]?.url ?? '', bridge);
          expectPlausible(run);
        }),
        { numRuns: PAGES },
      );
      console.log(`property: readRun held on ${PAGES} hostile bridge reports`);
    },
    TIMEOUT_MS,
  );

  it(
    `never throws, and reads nothing impossible, from ${PAGES} hostile page readings`,
    () => {
      const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('10,5 km', '1.234,5 m', '2:03:45', '21 °C'));
      const stat = fc.record(
        {
          label: fc.oneof(text, fc.constantFrom('Distance', 'Moving Time', 'Elevation')),
          value: text,
          unit: fc.anything(),
        },
        { requiredKeys: [] },
      );
      const reading = fc.oneof(
        fc.anything(),
        fc.record(
          {
            site: fc.constantFrom('strava', 'garmin-connect', 'evil'),
            model: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...STRAVA_MODEL_FIELDS), fc.anything())),
            app: fc.dictionary(fc.constantFrom(...GARMIN_ACTIVITY_FIELDS), fc.anything()),
            scripts: fc.oneof(fc.anything(), fc.array(fc.string())),
            lang: fc.anything(),
            title: fc.oneof(text, fc.constant('Morning Run | Run | Strava')),
            text: fc.oneof(
              fc.anything(),
              fc.record({ heading: fc.anything(), summary: fc.record({ stats: fc.array(stat), gear: fc.anything() }) }),
            ),
          },
          { requiredKeys: ['site'] },
        ),
      );
      const urls = ['https://www.strava.com/activities/12000000001', GARMIN_PAYLOADS[0]?.url ?? ''];
      fc.assert(
        fc.property(reading, fc.constantFrom(...urls), fc.boolean(), (page, url, settled) => {
          const reading = interpretPage(url, page, settled);
          if (reading?.run !== undefined) expectPlausible(reading.run);
        }),
        { numRuns: PAGES },
      );
      console.log(`property: interpretPage held on ${PAGES} hostile page readings`);
    },
    TIMEOUT_MS,
  );
});
