import type { ListedRun } from '../listed-runs';

/** Why a file is not taken: the options page says each in words. */
export type ExportProblem = 'not-csv' | 'not-an-export' | 'unknown-language' | 'units-unknown' | 'too-large' | 'empty';

/** Why one row of a file is left out; the rest of the file is still read. */
export type SkipReason = 'not-a-run' | 'no-date' | 'bad-number';

export interface SkippedRow {
  /** The row as a spreadsheet numbers it: the header is row 1, the first activity row 2. */
  row: number;
  reason: SkipReason;
}

/** What a runner's export file holds, for them to see before anything is imported. */
export interface ExportPreview {
  ok: true;
  kind: 'strava-activities' | 'garmin-activities';
  runs: ListedRun[];
  skipped: SkippedRow[];
  /** The days of its first and last run with a start time, 'YYYY-MM-DD'. */
  firstDay?: string;
  lastDay?: string;
}

export type ExportRefusal = { ok: false; problem: ExportProblem };

/** What one reader makes of the rows under a header it recognised. */
export type ReadRows = { runs: ListedRun[]; skipped: SkippedRow[] } | ExportRefusal;

/** A reader of one site's export: whether a header is its, and its rows read. */
export interface ExportReader {
  kind: ExportPreview['kind'];
  /** 'yes': a header it reads; 'foreign-language': its export, in a language it cannot read. */
  recognise(header: readonly string[], firstRow: readonly string[] | undefined): 'yes' | 'foreign-language' | 'no';
  read(header: readonly string[], rows: readonly (readonly string[])[]): ReadRows;
}
