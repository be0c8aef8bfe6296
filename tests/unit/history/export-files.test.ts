import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/history/import/csv';
import { type ExportPreview, parseExportFile } from '../../../src/history/import/export-file';
import { stravaDateAsLocal } from '../../../src/history/import/strava-activities';
import { localWallClock } from '../../../src/history/wall-clock';
import { fixtureHtml } from '../../fixtures/fixture-files';

const exportFile = (file: string) => fixtureHtml('exports', file);

/** A UTC time as this computer's wall clock shows it: what the Strava reader must give. */
const local = (utc: string) => new Date(localWallClock(Date.parse(`${utc}Z`))).toISOString().slice(0, 19);

function preview(text: string, fileName?: string): ExportPreview {
  const result = parseExportFile(text, fileName);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result;
}

const dayOf = (startTime: string) => startTime.slice(0, 10);

describe('readCsv', () => {
  it.each([
    [
      'plain lines, LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final line end',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a BOM',
      '\ufeffa,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted commas, doubled quotes, newlines',
      'a,b\n"x, ""y""\r\nz",2\n',
      [
        ['a', 'b'],
        ['x, "y"\r\nz', '2'],
      ],
    ],
    [
      'empty fields and a trailing comma',
      'a,b,c\n,,\n1,,',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
        ['1', '', ''],
      ],
    ],
    ['blank lines', 'a\n\n1\n\n', [['a'], ['1']]],
    ['an unclosed quote runs to the end', 'a,b\n"x,2\n3', [['a', 'b'], ['x,2\n3']]],
  ])('%s', (_name, text, rows) => {
    expect(readCsv(text)).toEqual(rows);
  });
});

describe('Strava Activity Date', () => {
  it.each([
    ['Sep 7, 2025, 12:14:20 PM', '2025-09-07T12:14:20'],
    ['Sep 7, 2025, 12:14:20 AM', '2025-09-07T00:14:20'],
    ['Jan 10, 2025, 2:24:25 PM', '2025-01-10T14:24:25'],
    ['6 jan 2026, 11:29:43', '2026-01-06T11:29:43'],
    ['14 mrt 2026, 17:45:00', '2026-03-14T17:45:00'],
    ['2 okt 2025, 06:10:00', '2025-10-02T06:10:00'],
    ['6 janv. 2026, 11:29:43', '2026-01-06T11:29:43'],
    ['15 août 2025, 07:00:00', '2025-08-15T07:00:00'],
    ['1. März 2026, 09:00:00', '2026-03-01T09:00:00'],
    ['20.09.2026, 14:12:12', '2026-09-20T14:12:12'],
  ])('%s is %s UTC, given in local time', (text, utc) => {
    expect(stravaDateAsLocal(text)).toBe(local(utc));
  });

  it.each([
    '',
    'Feb 30, 2026, 1:00:00 PM',
    'Sep 7, 2025, 13:14:20 PM',
    '2025-09-07 12:14:20',
    '6 foo 2026, 11:29:43',
    'yesterday',
  ])('"%s" cannot be read', (text) => {
    expect(stravaDateAsLocal(text)).toBeUndefined();
  });
});

describe('parseExportFile: Strava activities.csv', () => {
  it('reads the runs of an English export by column name and occurrence', () => {
    const result = preview(exportFile('strava-activities-en.csv'), 'activities.csv');
    expect(result.kind).toBe('strava-activities');
    expect(result.runs).toEqual([
      {
        site: 'strava',
        activityId: '7100000001',
        sport: 'run',
        startTime: local('2026-03-14T12:05:10'),
        distanceM: 10020.4,
        movingTimeS: 3010,
        elapsedTimeS: 3100,
        elevationGainM: 42,
      },
      {
        site: 'strava',
        activityId: '7100000002',
        sport: 'trail-run',
        startTime: local('2026-03-08T09:30:00'),
        distanceM: 21104,
        movingTimeS: 7920,
        elapsedTimeS: 8100,
        elevationGainM: 655,
      },
      {
        site: 'strava',
        activityId: '7100000003',
        sport: 'virtual-run',
        startTime: local('2026-03-05T19:15:00'),
        distanceM: 8000,
        movingTimeS: 2700,
        elapsedTimeS: 2700,
        elevationGainM: 0,
      },
      {
        site: 'strava',
        activityId: '7100000006',
        sport: 'run',
        startTime: local('2026-02-27T12:00:00'),
        distanceM: 6400,
        movingTimeS: 2250,
        elapsedTimeS: 2300,
        elevationGainM: 18,
      },
      {
        site: 'strava',
        activityId: '7100000007',
        sport: 'run',
        startTime: local('2026-02-21T00:30:00'),
        distanceM: 5000,
        movingTimeS: 1650,
        elapsedTimeS: 1700,
        elevationGainM: 12,
      },
      // 99,999 m of climbing is a misread: the run stays, without it.
      {
        site: 'strava',
        activityId: '7100000011',
        sport: 'run',
        startTime: local('2026-02-10T06:45:00'),
        distanceM: 9000,
        movingTimeS: 3150,
        elapsedTimeS: 3200,
      },
      {
        site: 'strava',
        activityId: '7100000012',
        sport: 'run',
        startTime: local('2026-02-02T11:20:00'),
        distanceM: 14000,
        movingTimeS: 4800,
        elapsedTimeS: 4900,
        elevationGainM: 55,
      },
    ]);
    expect(result.skipped).toEqual([
      { row: 5, reason: 'not-a-run' },
      { row: 6, reason: 'not-a-run' },
      { row: 9, reason: 'no-date' },
      { row: 10, reason: 'bad-number' },
      { row: 11, reason: 'not-a-run' },
    ]);
    expect(result.firstDay).toBe(dayOf(local('2026-02-02T11:20:00')));
    expect(result.lastDay).toBe(dayOf(local('2026-03-14T12:05:10')));
  });

  it('reads a Dutch export: Dutch headers, types and dates, metres from the second Afstand', () => {
    const result = preview(exportFile('strava-activities-nl.csv'));
    expect(result.runs).toEqual([
      {
        site: 'strava',
        activityId: '7200000001',
        sport: 'run',
        startTime: local('2026-03-14T17:45:00'),
        distanceM: 9351.2,
        movingTimeS: 3250,
        elapsedTimeS: 3300,
        elevationGainM: 21.5,
      },
      {
        site: 'strava',
        activityId: '7200000004',
        sport: 'run',
        startTime: local('2025-12-31T23:30:00'),
        distanceM: 5020,
        movingTimeS: 1640,
        elapsedTimeS: 1650,
        elevationGainM: 8,
      },
      {
        site: 'strava',
        activityId: '7200000005',
        sport: 'run',
        startTime: local('2025-10-02T06:10:00'),
        distanceM: 12403.9,
        movingTimeS: 4020,
        elapsedTimeS: 4100,
        elevationGainM: 64.2,
      },
    ]);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'not-a-run' },
      { row: 4, reason: 'not-a-run' },
    ]);
  });

  it('keeps what it can of an older export with missing columns, and guesses nothing', () => {
    const result = preview(exportFile('strava-activities-missing-columns.csv'));
    // One Distance only: a display value in unknown units, so no distance; no Moving Time at all.
    expect(result.runs).toEqual([
      {
        site: 'strava',
        activityId: '7300000001',
        sport: 'run',
        startTime: local('2019-06-02T07:00:00'),
        elapsedTimeS: 2400,
      },
      {
        site: 'strava',
        activityId: '7300000002',
        sport: 'run',
        startTime: local('2019-05-30T18:30:00'),
        elapsedTimeS: 3000,
      },
    ]);
  });

  it('refuses an export in a language it cannot read, rather than guess its columns', () => {
    const header = ['ID de actividad', 'Fecha de la actividad', 'Nombre de la actividad', 'Tipo de actividad'];
    const columns = [...header, ...Array.from({ length: 70 }, (_, index) => `Columna ${index}`), 'Nombre del archivo'];
    const row = ['123', '"7 sept 2025, 12:14:20"', 'Carrera', 'Carrera', ...Array(70).fill(''), 'activities/9.fit.gz'];
    expect(parseExportFile(`${columns.join(',')}\n${row.join(',')}\n`)).toEqual({
      ok: false,
      problem: 'unknown-language',
    });
  });

  it('reads ten years of runs (3,500 rows × 99 columns) fast', () => {
    const english = exportFile('strava-activities-en.csv');
    const [header = '', template = ''] = english.split('\n');
    const lines = [header];
    const start = Date.UTC(2016, 0, 1, 7);
    for (let index = 0; index < 3500; index++) {
      const when = new Date(start + index * 25 * 3600 * 1000);
      const date = when.toLocaleString('en-US', {
        timeZone: 'UTC',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
      });
      lines.push(
        template
          .replace('7100000001', String(8_000_000_000 + index))
          .replace('"Mar 14, 2026, 12:05:10 PM"', `"${date}"`),
      );
    }
    const text = `${lines.join('\n')}\n`;
    const began = performance.now();
    const result = preview(text);
    const tookMs = performance.now() - began;
    console.info(
      `parseExportFile: ${lines.length - 1} rows, ${(text.length / 1e6).toFixed(1)} MB in ${tookMs.toFixed(0)} ms`,
    );
    expect(result.runs).toHaveLength(3500);
    expect(result.skipped).toEqual([]);
    expect(result.runs[3499]?.distanceM).toBe(10020.4);
  });
});

describe('parseExportFile: Garmin Connect Activities.csv', () => {
  it('reads a metric account: km, metres, local start times and a synthetic id', () => {
    const result = preview(exportFile('garmin-activities-metric.csv'), 'Activities.csv');
    expect(result.kind).toBe('garmin-activities');
    expect(result.runs).toEqual([
      {
        site: 'garmin-connect',
        activityId: '20260412073005',
        sport: 'run',
        startTime: '2026-04-12T07:30:05',
        distanceM: 8040,
        movingTimeS: 2635,
        elapsedTimeS: 2702,
        elevationGainM: 36,
      },
      {
        site: 'garmin-connect',
        activityId: '20260405090244',
        sport: 'trail-run',
        startTime: '2026-04-05T09:02:44',
        distanceM: 15600,
        movingTimeS: 5890,
        elapsedTimeS: 6585,
        elevationGainM: 412,
      },
      {
        site: 'garmin-connect',
        activityId: '20260330061500',
        sport: 'run',
        startTime: '2026-03-30T06:15:00',
        distanceM: 10000,
        movingTimeS: 3110,
        elapsedTimeS: 3160,
      },
      {
        site: 'garmin-connect',
        activityId: '20260322080000',
        sport: 'run',
        startTime: '2026-03-22T08:00:00',
        distanceM: 24200,
        movingTimeS: 7780,
        elapsedTimeS: 8045,
        elevationGainM: 120,
      },
    ]);
    expect(result.skipped).toEqual([
      { row: 4, reason: 'not-a-run' },
      { row: 6, reason: 'not-a-run' },
    ]);
    expect([result.firstDay, result.lastDay]).toEqual(['2026-03-22', '2026-04-12']);
  });

  it('reads an imperial account: miles and feet, told by its °F temperatures', () => {
    const result = preview(exportFile('garmin-activities-imperial.csv'));
    expect(result.runs.map((run) => [run.activityId, run.sport, run.movingTimeS, run.elapsedTimeS])).toEqual([
      ['20250621064012', 'run', 3280, 3370],
      ['20250614071000', 'trail-run', 5880, 6330],
      ['20250610183000', 'run', 1660, 1682],
    ]);
    const [lakeside, ridge, evening] = result.runs;
    expect(lakeside?.distanceM).toBeCloseTo(6.21 * 1609.344, 0);
    expect(lakeside?.elevationGainM).toBeCloseTo(187 * 0.3048, 0);
    expect(ridge?.distanceM).toBeCloseTo(9.32 * 1609.344, 0);
    expect(ridge?.elevationGainM).toBeCloseTo(1540 * 0.3048, 0);
    expect(evening?.elevationGainM).toBeUndefined();
    expect(result.skipped).toEqual([{ row: 3, reason: 'not-a-run' }]);
  });

  it('refuses a file whose units it cannot tell, rather than guess', () => {
    const text = [
      'Activity Type,Date,Title,Distance,Time,Total Ascent',
      'Running,2026-04-12 07:30:05,"Run","8.04","00:44:10","36"',
    ].join('\n');
    expect(parseExportFile(text)).toEqual({ ok: false, problem: 'units-unknown' });
  });

  it('refuses a translated export it cannot read', () => {
    const header = Array.from({ length: 24 }, (_, index) => `Spalte ${index}`).join(',');
    expect(parseExportFile(`${header}\nLaufen,2026-04-12 07:30:05,false,"Lauf","8,04"\n`)).toEqual({
      ok: false,
      problem: 'unknown-language',
    });
  });
});

describe('parseExportFile: files it does not take', () => {
  it.each([
    ['a foreign CSV', exportFile('not-an-export.csv'), undefined, 'not-an-export'],
    ['nothing', '', undefined, 'empty'],
    ['a BOM alone', '\ufeff\r\n', undefined, 'empty'],
    ['a header alone', 'Activity ID,Activity Date,Activity Type\n', undefined, 'empty'],
    ['JSON', '{"runs": []}', 'backstride.json', 'not-csv'],
    ['a track file', 'a,b\n1,2\n', 'run.gpx', 'not-csv'],
    ['binary', 'PK\u0003\u0004\u0000\u0000,x', undefined, 'not-csv'],
    ['one column', 'hello\nworld\n', undefined, 'not-csv'],
  ])('%s', (_name, text, fileName, problem) => {
    expect(parseExportFile(text, fileName)).toEqual({ ok: false, problem });
  });

  it('refuses a file beyond any real export', () => {
    expect(parseExportFile('a,'.repeat(33 * 1024 * 1024))).toEqual({ ok: false, problem: 'too-large' });
  });
});

const REAL_PAGES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'real-pages');
const real = (file: string) => readFileSync(join(REAL_PAGES, file), 'utf8');

describe.skipIf(!existsSync(REAL_PAGES))('parseExportFile on the real captures (../shared/real-pages)', () => {
  it('Strava, English: two runs, metres from the second Distance, UTC dates', () => {
    const result = preview(real('strava-activities-export-sample.csv'));
    expect(result.runs.map((run) => [run.activityId, run.startTime, run.distanceM, run.movingTimeS])).toEqual([
      ['15732182122', local('2025-09-07T12:14:20'), 20840.2, 7559],
      ['15719539394', local('2025-09-06T15:35:20'), 5007, 1604],
    ]);
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['not-a-run', 'not-a-run', 'not-a-run']);
  });

  it('Strava, Dutch: three runs; the swim and the walk skipped', () => {
    const result = preview(real('strava-activities-export-sample-nl.csv'));
    expect(result.runs.map((run) => [run.activityId, run.startTime, run.distanceM])).toEqual([
      ['16956111426', local('2026-01-06T11:29:43'), 9349.7],
      ['15113787909', local('2025-07-14T17:43:29'), 11258.4],
      ['14980039066', local('2025-07-02T04:03:16'), 12562],
    ]);
    expect(result.skipped).toHaveLength(2);
  });

  it('Garmin, metric: five runs in km, units told by steps and stride', () => {
    const result = preview(real('garmin-activities-export-sample.csv'));
    expect(result.runs.map((run) => [run.startTime, run.sport, run.distanceM, run.movingTimeS])).toEqual([
      ['2026-04-23T08:04:14', 'run', 6710, 2283],
      ['2026-04-22T12:02:37', 'run', 9460, 2699],
      ['2026-03-27T07:52:51', 'run', 28080, 8121],
      ['2026-02-02T07:41:01', 'run', 11200, 3253],
      ['2025-12-25T14:26:38', 'run', 2610, 712],
    ]);
  });

  it('Garmin, imperial: no runs among its rides, rowing and strength', () => {
    const result = preview(real('garmin-activities-export-sample-imperial.csv'));
    expect(result.runs).toEqual([]);
    expect(result.skipped).toHaveLength(4);
  });
});

if (!existsSync(REAL_PAGES)) console.info(`No real captures at ${REAL_PAGES}: their checks are skipped.`);
