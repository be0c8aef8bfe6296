import { describe, expect, it } from 'vitest';
import { composePageReport, type PageReportInput } from '../../../src/report/page-report';
import { parseReadingTrace, type ReadingTrace } from '../../../src/report/reading-trace';

const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

const unreadableStrava: PageReportInput = {
  url: 'https://www.strava.com/activities/12000000001/overview?utm_source=feed#comments',
  run: {
    site: 'strava',
    activityId: '12000000001',
    sport: 'run',
    movingTimeS: 2400,
    startTime: '2025-10-05T07:12:00',
    sources: { sport: 'page-model', movingTimeS: 'page-text', startTime: 'page-model' },
  },
  trace: {
    checks: { 'page-view-script': true, summary: true, 'inline-stats': false },
    layers: ['page-model', 'page-text'],
    attributes: ['type', 'sport_type', 'startDateLocal'],
  },
  version: '0.1.0',
  userAgent: CHROME,
};

describe('composePageReport', () => {
  it('says what was tried and what matched, by name only', () => {
    expect(composePageReport(unreadableStrava)).toBe(
      [
        'Backstride page report',
        'Version: 0.1.0',
        'Browser: Chrome 131',
        'Site: Strava',
        'Page: www.strava.com/activities/<id>/overview',
        'Problem: the distance was not read',
        'Fields read: sport (page-model), movingTimeS (page-text), startTime (page-model)',
        'Layers with values: page-model, page-text',
        'Checks matched: page-view-script, summary',
        'Checks not matched: inline-stats',
        'Model attributes present: type, sport_type, startDateLocal',
      ].join('\n'),
    );
  });

  it('reports a page where nothing was read, without a trace, on the site its address names', () => {
    const report = composePageReport({
      url: 'https://connect.garmin.com/app/activity/19876543210',
      site: 'garmin-connect',
      run: null,
      version: '0.1.0',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    });
    expect(report).toContain('Browser: Firefox 128');
    expect(report).toContain('Site: Garmin Connect');
    expect(report).toContain('Page: connect.garmin.com/app/activity/<id>');
    expect(report).toContain('Problem: nothing could be read');
    expect(report).toContain('Fields read: none');
    expect(report).toContain('Reading trace: none');
  });

  it('says when the sport was what could not be read', () => {
    const run = { site: 'strava', sport: 'other', distanceM: 5000, sources: { distanceM: 'page-text' } } as const;
    expect(composePageReport({ ...unreadableStrava, run })).toContain('Problem: the sport was not read');
  });

  it('never carries a value, a name, a place or an id from the page', () => {
    const personal = [
      'Jane',
      'Doe',
      'Paris',
      'Rivoli',
      'example.com',
      '12000000001',
      '19876543210',
      '2025-10-05',
      '21100',
      '21.1',
      'Pegasus',
      'secret',
      '555',
    ];
    const hostile: PageReportInput = {
      url: 'https://jane:secret@www.strava.com/athletes/Jane-Doe/activities/12000000001/jane.doe@example.com?name=Jane&city=Paris#Rivoli',
      run: {
        site: 'strava',
        activityId: '12000000001',
        sport: 'run',
        startTime: '2025-10-05T07:12:00',
        gear: { name: 'Pegasus of Jane Doe', distanceM: 21100 },
        avgHeartRate: 155,
        sources: { sport: 'page-model', gear: 'page-text', avgHeartRate: 'page-text', startTime: 'page-model' },
      },
      // Values where names belong, and values riding along beside a trace of the right shape.
      trace: {
        checks: { summary: true, 'Jane Doe': true },
        layers: ['page-model'],
        attributes: ['name', 'Paris, France', 'jane.doe@example.com', '12 Rue de Rivoli'],
      } as ReadingTrace,
      version: '0.1.0 (Jane’s build)',
      userAgent: `${CHROME} JaneDoe/555 (Paris)`,
    };
    const withValuesAlongside = {
      ...hostile,
      trace: {
        checks: { summary: false },
        layers: ['page-text'],
        attributes: ['name', 'location'],
        values: { name: 'Jane Doe', location: 'Paris', activityId: '12000000001' },
      } as unknown as ReadingTrace,
    };
    for (const input of [hostile, withValuesAlongside]) {
      const report = composePageReport(input);
      for (const value of personal) expect(report, value).not.toContain(value);
    }
    // The names of the fields read are ours; their values are not there.
    expect(composePageReport(hostile)).toContain(
      'Fields read: sport (page-model), avgHeartRate (page-text), gear (page-text), startTime (page-model)',
    );
    expect(composePageReport(hostile)).toContain('Page: www.strava.com/<…>/<…>/activities/<id>/<…>');
    expect(composePageReport(hostile)).toContain('Reading trace: none');
    expect(composePageReport(hostile)).toContain('Version: unknown');
    // Names outside the site's allow-list are left out too.
    expect(composePageReport(withValuesAlongside)).toContain('Model attributes present: none');
  });
});

describe('parseReadingTrace, as the report relies on it', () => {
  const trace = { checks: { summary: true }, layers: ['page-text'], attributes: ['distance'] };

  it.each([
    ['a check named with a value', { ...trace, checks: { 'Jane Doe': true } }],
    ['a check whose result is a value', { ...trace, checks: { summary: 'Jane Doe' } }],
    ['an attribute that is an email', { ...trace, attributes: ['jane.doe@example.com'] }],
    ['an attribute that is a place', { ...trace, attributes: ['12 Rue de Rivoli, Paris'] }],
    ['an attribute that is a number', { ...trace, attributes: ['12000000001'] }],
    ['a layer of our own invention', { ...trace, layers: ['page-text', 'Jane'] }],
  ])('refuses %s', (_, value) => {
    expect(parseReadingTrace(value)).toBeUndefined();
  });

  it('keeps only its own fields', () => {
    expect(parseReadingTrace({ ...trace, values: { name: 'Jane' } })).toEqual(trace);
  });
});
