import type { Sport } from '../../run/run-facts';
import type { ListedRun } from '../listed-runs';
import { cell, columnAt, durationIn, type NumberCell, numberIn } from './columns';
import type { ExportReader, SkippedRow } from './export-preview';

/*
 * Garmin Connect's `Activities.csv`, the "Export CSV" of the activities list. Shapes checked on
 * the captures in ../shared/real-pages (garmin-activities-export-sample.csv, a metric account,
 * 26 columns; garmin-activities-export-sample-imperial.csv, an imperial one, 25 other columns).
 *
 * The column set varies (25–50), so columns are found by name. Date is the local wall-clock
 * time, without a zone. Distance and elevation follow the account's units, which the file never
 * names: they are worked out from the numbers themselves, and a file that does not tell is
 * refused rather than guessed. Times are "HH:MM:SS" (sometimes with tenths), "--" is nothing,
 * counts and feet carry thousands separators ("6,060"). Only English headers are read: we have
 * seen no translated export to be sure of its names.
 */

const KM_M = 1000;
const MILE_M = 1609.344;
const FOOT_M = 0.3048;

const RUN_TYPES: Record<string, Sport> = {
  Running: 'run',
  'Treadmill Running': 'run',
  'Track Running': 'run',
  'Indoor Running': 'run',
  'Street Running': 'run',
  'Ultra Run': 'run',
  'Trail Running': 'trail-run',
  'Virtual Run': 'virtual-run',
  'Virtual Running': 'virtual-run',
};

/** "2026-04-23 08:04:14": Garmin's local start, no zone. */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

type Units = 'metric' | 'imperial';

function columns(header: readonly string[]) {
  return {
    type: columnAt(header, 'Activity Type'),
    date: columnAt(header, 'Date'),
    distance: columnAt(header, 'Distance'),
    time: columnAt(header, 'Time'),
    moving: columnAt(header, 'Moving Time'),
    elapsed: columnAt(header, 'Elapsed Time'),
    ascent: columnAt(header, 'Total Ascent'),
    steps: columnAt(header, 'Steps'),
    stride: columnAt(header, 'Avg Stride Length'),
    temperatures: ['Min Temp', 'Max Temp', 'Avg Temp'].map((name) => columnAt(header, name)),
    elevations: ['Min Elevation', 'Max Elevation'].map((name) => columnAt(header, name)),
  };
}

type Columns = ReturnType<typeof columns>;

const nearly = (value: number, target: number) => Math.abs(value / target - 1) < 0.15;

/**
 * The account's units, from what only one of them can make of the numbers:
 * - a run's steps times its stride length give its distance: in km with a stride in metres,
 *   or in miles with a stride in metres or feet;
 * - no watch reads over 50 °C, so a temperature above 50 is in °F;
 * - no one is higher than 8,900 m, so an elevation above it is in feet.
 * Undefined when the file shows neither, or both.
 */
function unitsOf(rows: readonly (readonly string[])[], at: Columns): Units | undefined {
  let metric = 0;
  let imperial = 0;
  for (const row of rows) {
    const distance = numberIn(cell(row, at.distance), { grouped: true });
    const steps = numberIn(cell(row, at.steps), { grouped: true });
    const stride = numberIn(cell(row, at.stride), { grouped: true });
    if (RUN_TYPES[cell(row, at.type) ?? ''] && isPositive(distance) && isPositive(steps) && isPositive(stride)) {
      if (nearly((distance * KM_M) / steps, stride)) metric++;
      else if (nearly((distance * MILE_M) / steps, stride) || nearly((distance * MILE_M) / steps, stride * FOOT_M))
        imperial++;
    }
    for (const index of at.temperatures) {
      const value = numberIn(cell(row, index), { grouped: true });
      if (typeof value === 'number' && value > 50) imperial++;
    }
    for (const index of at.elevations) {
      const value = numberIn(cell(row, index), { grouped: true });
      if (typeof value === 'number' && value > 8900) imperial++;
    }
  }
  if (metric > 0 && imperial === 0) return 'metric';
  if (imperial > 0 && metric === 0) return 'imperial';
  return undefined;
}

const isPositive = (value: NumberCell): value is number => typeof value === 'number' && value > 0;

export const GARMIN_ACTIVITIES: ExportReader = {
  kind: 'garmin-activities',
  recognise(header, firstRow) {
    const at = columns(header);
    if (at.type !== undefined && at.date !== undefined && at.distance !== undefined) return 'yes';
    // Garmin's start times in the second column, under names we cannot read.
    return header.length >= 20 && LOCAL_DATE.test(firstRow?.[1]?.trim() ?? '') ? 'foreign-language' : 'no';
  },
  read(header, rows) {
    const at = columns(header);
    const runs: ListedRun[] = [];
    const skipped: SkippedRow[] = [];
    const runRows: [number, readonly string[], Sport][] = [];
    rows.forEach((row, index) => {
      const sport = RUN_TYPES[cell(row, at.type) ?? ''];
      if (sport === undefined) skipped.push({ row: index + 2, reason: 'not-a-run' });
      else runRows.push([index + 2, row, sport]);
    });
    if (runRows.length === 0) return { runs, skipped };
    const units = unitsOf(rows, at);
    if (units === undefined) return { ok: false, problem: 'units-unknown' };
    const distanceM = units === 'metric' ? KM_M : MILE_M;
    const elevationM = units === 'metric' ? 1 : FOOT_M;
    for (const [rowNumber, row, sport] of runRows) {
      const date = LOCAL_DATE.exec(cell(row, at.date) ?? '');
      if (!date) {
        skipped.push({ row: rowNumber, reason: 'no-date' });
        continue;
      }
      const [, year, month, day, hour, minute, second = '00'] = date;
      const startTime = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
      const distance = numberIn(cell(row, at.distance), { grouped: true });
      const ascent = numberIn(cell(row, at.ascent), { grouped: true });
      // Timer time stands in for moving time in exports without a Moving Time column.
      const moving = durationIn(cell(row, at.moving ?? at.time));
      const elapsed = durationIn(cell(row, at.elapsed));
      if ([distance, ascent, moving, elapsed].includes('bad')) {
        skipped.push({ row: rowNumber, reason: 'bad-number' });
        continue;
      }
      // Garmin's file carries no activity id: this one is made of the local start's digits
      // (YYYYMMDDHHMMSS), stable across imports of the same run. The history knows such a run
      // by its start too, so the same run read from its page or the list is kept once.
      const run: ListedRun = { site: 'garmin-connect', activityId: startTime.replace(/\D/g, ''), sport, startTime };
      if (typeof distance === 'number') run.distanceM = Math.round(distance * distanceM * 10) / 10;
      if (typeof moving === 'number') run.movingTimeS = moving;
      if (typeof elapsed === 'number') run.elapsedTimeS = elapsed;
      if (typeof ascent === 'number') run.elevationGainM = Math.round(ascent * elevationM * 10) / 10;
      runs.push(run);
    }
    skipped.sort((a, b) => a.row - b.row);
    return { runs, skipped };
  },
};
