import { isActivityId, type Sport } from '../../run/run-facts';
import type { ListedRun } from '../listed-runs';
import { localWallClock } from '../wall-clock';
import { cell, columnAt, numberIn } from './columns';
import type { ExportReader, SkippedRow, SkipReason } from './export-preview';

/*
 * Strava's `activities.csv`, from "Download your account". Shapes checked on the captures in
 * ../shared/real-pages (strava-activities-export-sample.csv, English, 99 columns;
 * strava-activities-export-sample-nl.csv, Dutch) and, for German and French headers, on public
 * code reading such exports (see tests/fixtures/exports/README.md).
 *
 * Headers and values follow the athlete's language, and columns come and go by year (86–103),
 * so every column is found by name and occurrence. Several names repeat: the first Distance is
 * a display value in the athlete's units and number format, the second is always metres; the
 * first Elapsed Time is whole seconds, the second seconds with a decimal. Activity Date is UTC.
 */

interface StravaHeaders {
  id: string;
  date: string;
  type: string;
  elapsed: string;
  moving: string;
  distance: string;
  elevationGain: string;
}

/** Only languages whose header names we have seen in real exports or in code reading them. */
const HEADERS: Record<'en' | 'nl' | 'de' | 'fr', StravaHeaders> = {
  en: {
    id: 'Activity ID',
    date: 'Activity Date',
    type: 'Activity Type',
    elapsed: 'Elapsed Time',
    moving: 'Moving Time',
    distance: 'Distance',
    elevationGain: 'Elevation Gain',
  },
  nl: {
    id: 'Activiteits-ID',
    date: 'Datum van activiteit',
    type: 'Activiteitstype',
    elapsed: 'Verstreken tijd',
    moving: 'Beweegtijd',
    distance: 'Afstand',
    elevationGain: 'Totale stijging',
  },
  de: {
    id: 'Aktivitäts-ID',
    date: 'Aktivitätsdatum',
    type: 'Aktivitätsart',
    elapsed: 'Verstrichene Zeit',
    moving: 'Bewegungszeit',
    distance: 'Distanz',
    elevationGain: 'Höhenzunahme',
  },
  fr: {
    id: "ID de l'activité",
    date: "Date de l'activité",
    type: "Type d'activité",
    elapsed: 'Temps écoulé',
    moving: 'Durée de déplacement',
    distance: 'Distance',
    elevationGain: 'Dénivelé positif',
  },
};

/** Activity Type values that are runs, in the languages above; every other type is skipped. */
const RUN_TYPES: Record<string, Sport> = {
  Run: 'run',
  'Trail Run': 'trail-run',
  'Virtual Run': 'virtual-run',
  Hardloopsessie: 'run',
  Lauf: 'run',
  'Course à pied': 'run',
};

/** Strava's own file name for an activity's track, in every language: "activities/123.fit.gz". */
const TRACK_FILE = /^activities\/\d+\.(?:fit|gpx|tcx)(?:\.gz)?$/;

function languageOf(header: readonly string[]): StravaHeaders | undefined {
  return Object.values(HEADERS).find(
    (names) => header.includes(names.id) && header.includes(names.date) && header.includes(names.type),
  );
}

export const STRAVA_ACTIVITIES: ExportReader = {
  kind: 'strava-activities',
  recognise(header, firstRow) {
    if (languageOf(header)) return 'yes';
    // Strava's own columns in a language we do not read: its track file names give it away.
    const looksLikeStrava = header.length >= 60 && firstRow?.some((value) => TRACK_FILE.test(value.trim()));
    return looksLikeStrava ? 'foreign-language' : 'no';
  },
  read(header, rows) {
    const names = languageOf(header);
    if (!names) return { ok: false, problem: 'unknown-language' };
    const at: Columns = {
      id: columnAt(header, names.id),
      date: columnAt(header, names.date),
      type: columnAt(header, names.type),
      // The second of each repeated name holds the raw value; with only one, Elapsed Time is still seconds.
      elapsed: columnAt(header, names.elapsed, 2) ?? columnAt(header, names.elapsed),
      moving: columnAt(header, names.moving),
      distance: columnAt(header, names.distance, 2),
      elevationGain: columnAt(header, names.elevationGain),
    };
    const runs: ListedRun[] = [];
    const skipped: SkippedRow[] = [];
    rows.forEach((row, index) => {
      const run = runOf(row, at);
      if (typeof run === 'string') skipped.push({ row: index + 2, reason: run });
      else runs.push(run);
    });
    return { runs, skipped };
  },
};

type Columns = Record<keyof StravaHeaders, number | undefined>;

/** One row as a run, or why it is not taken. */
function runOf(row: readonly string[], at: Columns): ListedRun | SkipReason {
  const sport = RUN_TYPES[cell(row, at.type) ?? ''];
  if (sport === undefined) return 'not-a-run';
  const startTime = stravaDateAsLocal(cell(row, at.date));
  if (startTime === undefined) return 'no-date';
  const activityId = cell(row, at.id);
  const distanceM = numberIn(cell(row, at.distance));
  const movingTimeS = numberIn(cell(row, at.moving));
  const elapsedTimeS = numberIn(cell(row, at.elapsed));
  const elevationGainM = numberIn(cell(row, at.elevationGain));
  if (!isActivityId(activityId) || [distanceM, movingTimeS, elapsedTimeS, elevationGainM].includes('bad'))
    return 'bad-number';
  const run: ListedRun = { site: 'strava', activityId, sport, startTime };
  if (typeof distanceM === 'number') run.distanceM = distanceM;
  if (typeof movingTimeS === 'number') run.movingTimeS = movingTimeS;
  if (typeof elapsedTimeS === 'number') run.elapsedTimeS = elapsedTimeS;
  if (typeof elevationGainM === 'number') run.elevationGainM = elevationGainM;
  return run;
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dutch, French and German month abbreviations as Strava writes them (lower case, without the dot). */
const DAY_FIRST_MONTHS: Record<string, number> = {
  jan: 1,
  janv: 1,
  feb: 2,
  févr: 2,
  fevr: 2,
  mrt: 3,
  mars: 3,
  märz: 3,
  mär: 3,
  apr: 4,
  avr: 4,
  mei: 5,
  mai: 5,
  jun: 6,
  juin: 6,
  juni: 6,
  jul: 7,
  juil: 7,
  juli: 7,
  aug: 8,
  août: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
  déc: 12,
  dez: 12,
};

/** "Sep 7, 2025, 12:14:20 PM" (English). */
const MONTH_FIRST = /^([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})(?: ?([AaPp][Mm]))?$/;
/** "6 jan 2026, 11:29:43" (Dutch), "6 janv. 2026, 11:29:43" (French), "6. Jan. 2026, 11:29:43". */
const DAY_FIRST = /^(\d{1,2})\.? ([^\s\d,]+) (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})$/u;
/** "20.09.2026, 14:12:12" (German). */
const NUMERIC_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? (\d{1,2}):(\d{2}):(\d{2})$/;

/**
 * Activity Date, a UTC time in the athlete's language, as a local wall-clock ISO time on this
 * computer's clock: the runner's own computer is in the runner's zone (mostly; a run abroad
 * keeps home time, as Strava's own list would not, and is off by the zones travelled).
 * Undefined when it cannot be read for sure.
 */
export function stravaDateAsLocal(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let parts: [year: number, month: number, day: number, hour: number, minute: number, second: number] | undefined;
  const english = MONTH_FIRST.exec(text);
  if (english) {
    const [, monthName = '', day, year, hour, minute, second, half] = english;
    let hours = Number(hour);
    if (half !== undefined) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
    }
    parts = [
      Number(year),
      ENGLISH_MONTHS.indexOf(monthName.toLowerCase()) + 1,
      Number(day),
      hours,
      Number(minute),
      Number(second),
    ];
  }
  const dayFirst = parts ? undefined : DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, monthName = '', year, hour, minute, second] = dayFirst;
    const month = DAY_FIRST_MONTHS[monthName.toLowerCase().replace(/\.$/, '')] ?? 0;
    parts = [Number(year), month, Number(day), Number(hour), Number(minute), Number(second)];
  }
  const numeric = parts ? undefined : NUMERIC_DAY_FIRST.exec(text);
  if (numeric) {
    const [, day, month, year, hour, minute, second] = numeric;
    parts = [Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second)];
  }
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over into May: such a day was not written by Strava.
  if (new Date(instant).getUTCDate() !== day) return undefined;
  return new Date(localWallClock(instant)).toISOString().slice(0, 19);
}
