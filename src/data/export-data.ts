import type { CheckIn } from '../checkins/check-in';
import type { HistoryEntry } from '../history/history-entry';
import type { Settings } from '../settings/settings';

export const EXPORT_FORMAT = 'backstride-export';
export const EXPORT_VERSION = 1;

/** Everything Backstride keeps about a runner, as one file they own. */
export interface BackstrideExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Settings;
  history: HistoryEntry[];
  checkIns: CheckIn[];
  dismissedRuns: string[];
}

export function buildExport(
  data: {
    settings: Settings;
    history: readonly HistoryEntry[];
    checkIns: readonly CheckIn[];
    dismissedRuns: Iterable<string>;
  },
  now: Date,
): BackstrideExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: data.settings,
    history: [...data.history],
    checkIns: [...data.checkIns],
    dismissedRuns: [...data.dismissedRuns],
  };
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
