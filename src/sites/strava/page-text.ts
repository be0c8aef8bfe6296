import { normalizeWord } from '../../run/normalize-text';
import { type DistanceUnit, distanceUnitOf, toMetres } from '../../run/parse-distance';
import { parseDuration } from '../../run/parse-duration';
import { decimalSeparatorOf, parseLocaleNumber } from '../../run/parse-number';
import { parseTemperature } from '../../run/parse-temperature';
import type { ReadFacts } from '../merge-layers';
import type { StravaPageReading, StravaStatCell } from '../page-reading';
import type { UnitPreference } from './attributes';
import { parseStravaStartTime } from './start-time';
import { type StravaStat, sportOfName, statOfLabel } from './words';

type SummaryReading = NonNullable<NonNullable<StravaPageReading['text']>['summary']>;

const LEADING_NUMBER = /^\s*([-−]?[\d.,\s\u00a0\u202f]*\d)/;

/** What the rendered summary shows: its labelled stats, weather, gear and start time. */
export function factsFromSummary(summary: SummaryReading, lang: string, unitPreference: UnitPreference): ReadFacts {
  const decimal = decimalSeparatorOf(lang);
  const stats = readLabelledStats(summary.stats);
  const number = (cell: StravaStatCell | undefined) => (cell ? leadingNumber(cell.value, decimal) : undefined);
  // A stat shown without its unit is in the athlete's chosen units, when we know them.
  const preferredUnit = (small: boolean): DistanceUnit | undefined => {
    if (unitPreference === 'meters') return small ? 'm' : 'km';
    if (unitPreference === 'feet') return small ? 'ft' : 'mi';
    return undefined;
  };
  const distance = (cell: StravaStatCell | undefined, small: boolean) => {
    const value = number(cell);
    // A unit shown but not known is a misread waiting to happen: no value rather than a guess.
    const unit = cell && showsUnit(cell) ? unitOf(cell) : preferredUnit(small);
    return value === undefined || unit === undefined ? undefined : toMetres(value, unit);
  };
  const duration = (cell: StravaStatCell | undefined) => (cell ? parseDuration(cell.value) : undefined);
  const temperatureCell = stats.get('temperature');
  const distanceCell = stats.get('distance');
  const shownUnit = distanceCell ? unitOf(distanceCell) : undefined;

  return {
    distanceM: distance(distanceCell, false),
    movingTimeS: duration(stats.get('movingTime')),
    elapsedTimeS: duration(stats.get('elapsedTime')),
    elevationGainM: distance(stats.get('elevation'), true),
    temperatureC: temperatureCell
      ? parseTemperature(temperatureCell.value, {
          decimalSeparator: decimal,
          defaultUnit: unitPreference === 'feet' ? 'F' : unitPreference === 'meters' ? 'C' : undefined,
        })
      : undefined,
    gear: gearOf(summary.gear),
    startTime: parseStravaStartTime(summary.startTime),
    units: shownUnit === undefined ? undefined : shownUnit === 'mi' || shownUnit === 'ft' ? 'imperial' : 'metric',
  };
}

/**
 * The sport the page's title names ("Morning Run | Run | Strava"), else its heading ("Jane –
 * Run"). The reader leaves out a title left from the previous activity after an in-page move.
 */
export function sportFromHeading(title: string | undefined, heading: string | undefined) {
  const fromTitle = sportFromTitle(title);
  if (fromTitle || heading === undefined) return fromTitle;
  const afterDash = heading.split(/[–—-]/).pop() ?? '';
  return sportOfName(normalizeWord(afterDash));
}

/**
 * The sport the page's title names, "Morning Run | Run | Strava" (as on the captured live page,
 * `strava-16112144168-edit-2025-10-excerpts.html`): the part before the site's name.
 */
export function sportFromTitle(title: string | undefined) {
  const parts = (title ?? '').split('|').map((part) => normalizeWord(part));
  return parts.length >= 3 ? sportOfName(parts[parts.length - 2] ?? '') : undefined;
}

/** Whether the summary shows a distance yet (a page may render its stats late). */
export function summaryShowsDistance(stats: readonly StravaStatCell[]): boolean {
  return readLabelledStats(stats).has('distance');
}

/**
 * Every labelled stat of the summary, headline first; the first reading of a label wins. Runs
 * show theirs as headline items and `.more-stats` rows (a ride's Avg/Max table is not read:
 * no run tip needs it).
 */
function readLabelledStats(cells: readonly StravaStatCell[]): Map<StravaStat, StravaStatCell> {
  const stats = new Map<StravaStat, StravaStatCell>();
  for (const cell of cells) {
    const stat = statOfLabel(normalizeWord(cell.label));
    if (stat !== undefined && !stats.has(stat)) stats.set(stat, cell);
  }
  return stats;
}

function showsUnit(cell: StravaStatCell): boolean {
  return cell.unit !== undefined || /\p{L}/u.test(cell.value.replace(LEADING_NUMBER, ''));
}

/** The unit a cell names: its `abbr` title or text, else the word after the number. */
function unitOf(cell: StravaStatCell): DistanceUnit | undefined {
  const candidates = cell.unit ? [cell.unit.title, cell.unit.text] : [cell.value.replace(LEADING_NUMBER, '')];
  for (const candidate of candidates) {
    const unit = distanceUnitOf(candidate);
    if (unit) return unit;
  }
  return undefined;
}

function leadingNumber(text: string, decimal: '.' | ','): number | undefined {
  const match = LEADING_NUMBER.exec(text);
  return match?.[1] ? parseLocaleNumber(match[1], decimal) : undefined;
}

/** The shoes' name; Strava's own page does not show their distance beside it in a shape we know. */
function gearOf(text: string | undefined) {
  const name = text?.trim().replace(/\s+/g, ' ');
  return name ? { name } : undefined;
}
