import type { CheckIn } from '../checkins/check-in';
import type { StoredValues } from './stored-items';

export const EXPORT_FORMAT = 'backstride-export';
export const EXPORT_VERSION = 1;

/** Everything Backstride keeps about a runner, as one file they own: one field per stored item. */
export type BackstrideExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
} & StoredValues;

export function buildExport(values: StoredValues, now: Date): BackstrideExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...values };
}

const CSV_COLUMNS = [
  'run_start',
  'site',
  'activity_id',
  'sport',
  'distance_km',
  'moving_time_s',
  'soreness',
  'areas',
  'red_flags',
  'signals',
  'checked_in_at',
] as const;

/** The check-ins as CSV, one run a row, for a spreadsheet or a physiotherapist. */
export function checkInsCsv(checkIns: readonly CheckIn[]): string {
  const rows = checkIns.map((checkIn) => [
    checkIn.run.startTime ?? '',
    checkIn.site,
    checkIn.activityId,
    checkIn.run.sport,
    checkIn.run.distanceM === undefined ? '' : (checkIn.run.distanceM / 1000).toFixed(2),
    checkIn.run.movingTimeS === undefined ? '' : String(Math.round(checkIn.run.movingTimeS)),
    checkIn.soreness,
    checkIn.areas.join(' '),
    checkIn.redFlags.join(' '),
    checkIn.signals.join(' '),
    new Date(checkIn.updatedAt).toISOString(),
  ]);
  return [CSV_COLUMNS, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
