import { describe, expect, it } from 'vitest';
import { urlPattern } from '../../../src/report/url-pattern';

describe('urlPattern', () => {
  it.each([
    ['https://www.strava.com/activities/12000000001', 'www.strava.com/activities/<id>'],
    ['https://www.strava.com/activities/12000000001/overview', 'www.strava.com/activities/<id>/overview'],
    ['https://connect.garmin.com/app/activity/19876543210?name=Jane#map', 'connect.garmin.com/app/activity/<id>'],
    ['https://connect.garmin.com/modern/activity/42/', 'connect.garmin.com/modern/activity/<id>'],
    ['https://www.strava.com/athletes/Jane.Doe/activities/7', 'www.strava.com/<…>/<…>/activities/<id>'],
    ['https://www.strava.com/athletes/jane/activities/7', 'www.strava.com/<…>/<…>/activities/<id>'],
    ['https://evil.example/activities/7', '<host>/activities/<id>'],
    ['https://www.strava.com/activities/jane.doe@example.com', 'www.strava.com/activities/<…>'],
    ['https://www.strava.com/activities/run-12-paris', 'www.strava.com/activities/<…>'],
    ['https://jane:secret@www.strava.com:8443/activities/1', 'www.strava.com/activities/<id>'],
    ['https://10.0.0.7/activities/1', '<host>/activities/<id>'],
    ['not a url', '<not a URL>'],
  ])('%s → %s', (url, pattern) => {
    expect(urlPattern(url)).toBe(pattern);
  });
});
