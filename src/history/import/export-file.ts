import { MAX_LISTED_RUNS, sanitizeListedRun } from '../listed-runs';
import { headerName } from './columns';
import { readCsv } from './csv';
import type { ExportPreview, ExportReader, ExportRefusal } from './export-preview';
import { GARMIN_ACTIVITIES } from './garmin-activities';
import { STRAVA_ACTIVITIES } from './strava-activities';

export type { ExportPreview, ExportProblem, ExportRefusal, SkippedRow, SkipReason } from './export-preview';

/** The exports Backstride reads: adding one is a reader file and a line here. */
const READERS: readonly ExportReader[] = [STRAVA_ACTIVITIES, GARMIN_ACTIVITIES];

/** Far above twenty years of daily runs with long descriptions (Strava writes ~1 kB a row). */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;

const NOT_TEXT_TABLE = /\0|^\s*[[{<]/;
const OTHER_FILE = /\.(?:json|fit|gpx|tcx|zip|gz|xml|html?)$/i;

/**
 * What an export file of the runner's own holds, for a preview before anything is imported:
 * Strava's `activities.csv` (account export) or Garmin Connect's `Activities.csv` (the
 * activities list's "Export CSV"). Pure: it reads the text and decides; nothing is stored.
 * Every run goes through `sanitizeListedRun`, so a value out of physical range is dropped and
 * the run kept without it.
 */
export function parseExportFile(text: string, fileName?: string): ExportPreview | ExportRefusal {
  if (text.length > MAX_EXPORT_CHARS) return refuse('too-large');
  if (text.trim() === '' || text.trim() === '\ufeff') return refuse('empty');
  if (NOT_TEXT_TABLE.test(text.replace(/^\ufeff/, '')) || (fileName !== undefined && OTHER_FILE.test(fileName)))
    return refuse('not-csv');
  const [rawHeader = [], ...rows] = readCsv(text);
  if (rawHeader.length < 2) return refuse('not-csv');
  const header = rawHeader.map(headerName);
  const recognised = READERS.map((reader) => ({ reader, says: reader.recognise(header, rows[0]) }));
  const reader = recognised.find(({ says }) => says === 'yes')?.reader;
  if (!reader)
    return refuse(recognised.some(({ says }) => says === 'foreign-language') ? 'unknown-language' : 'not-an-export');
  if (rows.length === 0) return refuse('empty');
  const read = reader.read(header, rows);
  if ('ok' in read) return read;
  const runs = read.runs.map(sanitizeListedRun).filter((run) => run !== undefined);
  if (runs.length > MAX_LISTED_RUNS) return refuse('too-large');
  const days = runs
    .map((run) => run.startTime?.slice(0, 10))
    .filter((day) => day !== undefined)
    .sort();
  const preview: ExportPreview = { ok: true, kind: reader.kind, runs, skipped: read.skipped };
  if (days.length > 0) {
    preview.firstDay = days[0];
    preview.lastDay = days[days.length - 1];
  }
  return preview;
}

const refuse = (problem: ExportRefusal['problem']): ExportRefusal => ({ ok: false, problem });
