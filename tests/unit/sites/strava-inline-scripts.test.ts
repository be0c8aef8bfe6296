import { describe, expect, it } from 'vitest';
import { collectStravaPage } from '../../../src/sites/strava/collect-page';
import { readInlineScripts } from '../../../src/sites/strava/inline-scripts';

/**
 * The scripts the reader collects from a page whose inline scripts are `scripts`, in the
 * shapes of the captured page (2023) and of public scrapers.
 */
function pageWith(...scripts: string[]): string[] {
  const doc = document.implementation.createHTMLDocument('x');
  for (const text of scripts) {
    const script = doc.createElement('script');
    script.textContent = text;
    doc.body.append(script);
  }
  return collectStravaPage(doc, '1', {}).scripts ?? [];
}

const CURRENT_ATHLETE =
  'var currentAthlete = new Strava.Models.CurrentAthlete({"id":501,"display_name":"Jane Runner","measurement_preference":"feet","type":1,"geo":{"city":"Springfield"}});';
const PAGE_VIEW = `
  var pageView;
  (function() {
    var factory = new Strava.Labs.Activities.RunViewFactory();
    var activityAthlete = new Strava.Models.Athlete({"id":501,"type":0,"measurement_preference":"feet"});
    pageView = new Strava.Labs.Activities.Pages.RunPageView(12000000001, 'Run', factory)
      .isOwner(true)
      .currentAthlete(currentAthlete) // currentAthlete is global
      .activityAthlete(activityAthlete)
      .similarActivitiesData(null)
      .measurementUnits('imperial');
  })();
  pageView.activity().set({
    adjusting_elevation: false,
    map_start_index: 0
  });
  pageView.activity().set({
    distance: 21100.0,
    moving_time: 6723,
    elapsed_time: 6940,
    elev_gain: 142.0,
    workout_type: '2',
    commute: false,
    avg_hr: 148,
    startDateLocal: 1760252580,
    name: 'Sunday {Long} Run, "easy"'
  });
  pageView.activity().set({ shoes: [{"id": 7, "name": "Old Pair", "distance": 999999}], bikes: [] });`;

describe('readInlineScripts: Strava’s inline scripts as the live site writes them', () => {
  it('reads the page view’s type in single quotes and the stats set with bare keys', () => {
    const reading = readInlineScripts(pageWith(CURRENT_ATHLETE, PAGE_VIEW), '12000000001');
    expect(reading).toMatchObject({ pageView: true, otherPageView: false, statsSet: true });
    expect(reading.attributes).toEqual({
      type: 'Run',
      distance: 21100,
      moving_time: 6723,
      elapsed_time: 6940,
      elev_gain: 142,
      workout_type: '2',
      commute: false,
      avg_hr: 148,
      startDateLocal: 1760252580,
      viewer_is_athlete: true,
      measurement_preference: 'feet',
    });
  });

  it('never takes currentAthlete’s own "type" for the activity’s', () => {
    const withoutType = PAGE_VIEW.replace("RunPageView(12000000001, 'Run', factory)", 'RunPageView(12000000001)');
    expect(readInlineScripts(pageWith(CURRENT_ATHLETE, withoutType), '12000000001').attributes.type).toBeUndefined();
    expect(readInlineScripts(pageWith(CURRENT_ATHLETE), '12000000001').attributes).toEqual({});
  });

  it('reads nothing of an activity when the scripts build another activity’s page (after an in-page move)', () => {
    const reading = readInlineScripts(pageWith(CURRENT_ATHLETE, PAGE_VIEW), '12000000002');
    expect(reading).toMatchObject({ pageView: false, otherPageView: true, statsSet: false });
    expect(reading.attributes.distance).toBeUndefined();
  });

  it('reads double quotes and quoted keys too, as older pages wrote them', () => {
    const reading = readInlineScripts(
      pageWith(
        'pageView = new Strava.Labs.Activities.Pages.RunPageView("12000000001", "TrailRun", false);' +
          'pageView.activity().set({"distance": 8000.5, "trainer": true});',
      ),
      '12000000001',
    );
    expect(reading.attributes).toEqual({ type: 'TrailRun', distance: 8000.5, trainer: true });
  });

  it('takes the unit choice from window._measurement_preference first', () => {
    const reading = readInlineScripts(
      pageWith('window._measurement_preference = "meters";', CURRENT_ATHLETE, PAGE_VIEW),
      '12000000001',
    );
    expect(reading.attributes.measurement_preference).toBe('meters');
  });

  it('never reads a key out of a string the athlete wrote, however long', () => {
    const name = `${'A long description of a great morning '.repeat(3)}, distance: 42195, workout_type: 1`;
    const reading = readInlineScripts(
      pageWith(
        "pageView = new Strava.Labs.Activities.Pages.RunPageView(7, 'Run', f);" +
          `pageView.activity().set({ distance: 5000, name: '${name}', 'odd key': 'x, moving_time: 1' });`,
      ),
      '7',
    );
    expect(reading.attributes).toEqual({ type: 'Run', distance: 5000 });
  });

  it('survives unbalanced and hostile script text', () => {
    const broken =
      "pageView = new Strava.Labs.Activities.Pages.RunPageView(1, 'Run'); pageView.activity().set({ distance: ";
    expect(() => readInlineScripts(pageWith(broken), '1')).not.toThrow();
    expect(readInlineScripts(pageWith(broken), '1').attributes.distance).toBeUndefined();
  });
});
