import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../../../src/background/evaluate-run';
import { pickFields } from '../../../src/bridge/protocol';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { GARMIN_ACTIVITY_FIELDS } from '../../../src/sites/garmin-connect/site';
import { readRun } from '../../../src/sites/read-run';
import { fixtureDocument, fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_PAYLOADS } from '../../fixtures/garmin-connect/payloads';
import { STRAVA_PAGES } from '../../fixtures/strava/pages';

/** From saved page to signals, with default settings and an empty history: what a new user sees. */
describe('signals on the saved pages', () => {
  it.each(STRAVA_PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const run = readRun(fixtureDocument('strava', page.file), page.url);
    const state = evaluateRun(page.url, run, { settings: DEFAULT_SETTINGS });
    expect(state.signals.map((signal) => signal.id)).toEqual(page.signals);
  });

  it.each(GARMIN_PAYLOADS.map((payload) => [payload.file, payload] as const))('garmin-connect/%s', (file, payload) => {
    const fields = pickFields(JSON.parse(fixtureHtml('garmin-connect', file)), GARMIN_ACTIVITY_FIELDS);
    const doc = new DOMParser().parseFromString('<html></html>', 'text/html');
    const run = readRun(doc, payload.url, { site: 'garmin-connect', activityId: payload.activityId, fields });
    expect(evaluateRun(payload.url, run, { settings: DEFAULT_SETTINGS }).signals.map((signal) => signal.id)).toEqual(
      payload.signals,
    );
  });
});
