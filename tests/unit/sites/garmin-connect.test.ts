import { describe, expect, it } from 'vitest';
import { pickFields } from '../../../src/bridge/protocol';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { readRun } from '../../../src/sites/read-run';
import { fixtureDocument, fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_EMBED, garminFixture, garminModernUrl } from '../../fixtures/garmin-connect/payloads';

const emptyDocument = () => document.implementation.createHTMLDocument('Garmin Connect');
const bridgeOf = (json: unknown, activityId: string) => ({
  site: 'garmin-connect' as const,
  activityId,
  fields: pickFields(json, GARMIN_ACTIVITY_FIELDS),
});
const longRun = garminFixture('run-long.json');
interface ActivityJson {
  summaryDTO: Record<string, unknown>;
  [key: string]: unknown;
}
const longRunJson = () => JSON.parse(fixtureHtml('garmin-connect', longRun.file)) as ActivityJson;

describe('Garmin Connect pages of today and of before 2025', () => {
  it.each([
    longRun.url,
    garminModernUrl(longRun.activityId),
    `${longRun.url}/`,
  ])('reads the app’s own activity JSON on %s', (url) => {
    const run = readRun(emptyDocument(), url, bridgeOf(longRunJson(), longRun.activityId));
    expect(run).toMatchObject({ sport: 'run', distanceM: 22_450.37, startTime: '2025-10-12T07:05:12.0' });
    expect(run?.sources?.distanceM).toBe('site-data');
  });

  it.each([
    'https://connect.garmin.com/app/activities',
    'https://connect.garmin.com/app/activity/20000000001/splits',
    'http://connect.garmin.com/app/activity/20000000001',
    'https://connect.garmin.com.evil.example/app/activity/20000000001',
  ])('does not take %s for an activity page', (url) => {
    expect(readRun(emptyDocument(), url, bridgeOf(longRunJson(), longRun.activityId))).toBeNull();
  });

  it.each([
    [{ typeKey: 'running', typeId: 1, parentTypeId: 17 }, 'run'],
    [{ typeKey: 'some_new_running', typeId: 999, parentTypeId: 1 }, 'run'],
    [{ typeKey: 'running_v2', typeId: 1, parentTypeId: 17 }, 'run'],
    [{ typeKey: 'trail_running', typeId: 6, parentTypeId: 1 }, 'trail-run'],
    [{ typeKey: 'treadmill_running', typeId: 18, parentTypeId: 1 }, 'virtual-run'],
    [{ typeKey: 'mountain_biking', typeId: 5, parentTypeId: 2 }, 'other'],
    [{ typeKey: 'cycling', typeId: 2, parentTypeId: 17 }, 'other'],
  ])('tells running from the rest by type and parent type: %j → %s', (activityType, sport) => {
    const json = { ...longRunJson(), activityTypeDTO: activityType };
    const run = readRun(emptyDocument(), longRun.url, bridgeOf(json, longRun.activityId));
    expect(run?.sport).toBe(sport);
    expect(run?.sources?.sport).toBe('site-data');
  });

  it('reads a start time in the list’s form (a space, no fraction) as local time too', () => {
    const json = longRunJson();
    json.summaryDTO.startTimeLocal = '2025-10-12 07:05:12';
    expect(readRun(emptyDocument(), longRun.url, bridgeOf(json, longRun.activityId))?.startTime).toBe(
      '2025-10-12T07:05:12',
    );
  });
});

describe('a public Garmin Connect page that carries the activity in its own HTML (Next.js)', () => {
  it('reads activityData from the streamed chunks, even split across two', () => {
    const run = readRun(fixtureDocument('garmin-connect', GARMIN_EMBED.file), GARMIN_EMBED.url);
    expect(run).toMatchObject({ sport: 'run', distanceM: 22_450.37, movingTimeS: 7310, avgHeartRate: 149 });
    expect(run?.sources?.distanceM).toBe('page-script');
  });

  it('reads nothing when the page’s activity is another one', () => {
    const url = GARMIN_EMBED.url.replace('20000000001', '20000000009');
    expect(readRun(fixtureDocument('garmin-connect', GARMIN_EMBED.file), url)).toBeNull();
  });

  it('prefers what the app loaded over the page’s own copy', () => {
    const json = { ...longRunJson(), summaryDTO: { ...longRunJson().summaryDTO, distance: 22_000 } };
    const run = readRun(
      fixtureDocument('garmin-connect', GARMIN_EMBED.file),
      GARMIN_EMBED.url,
      bridgeOf(json, '20000000001'),
    );
    expect(run?.distanceM).toBe(22_000);
    expect(run?.sources?.distanceM).toBe('site-data');
    expect(run?.sources?.avgHeartRate).toBe('site-data');
  });

  it('survives chunks that are cut off or not JSON', () => {
    const doc = emptyDocument();
    doc.body.innerHTML = `<script>self.__next_f.push([1,"6:{\\"activityData\\":{\\"activityId\\":1,"])</script><script>self.__next_f.push([1,"\\u"])</script>`;
    expect(() => readRun(doc, 'https://connect.garmin.com/app/activity/1')).not.toThrow();
    expect(readRun(doc, 'https://connect.garmin.com/app/activity/1')).toBeNull();
  });
});
