import { normalizeWord } from '../../run/normalize-text';
import { type DistanceUnit, distanceUnitOf, toMetres } from '../../run/parse-distance';
import { parseDuration } from '../../run/parse-duration';
import { decimalSeparatorOf, parseLocaleNumber } from '../../run/parse-number';
import { parseTemperature } from '../../run/parse-temperature';
import type { ReadFacts } from '../merge-layers';
import type { UnitPreference } from './attributes';
import { STRAVA_SELECTORS } from './selectors';
import { parseStravaStartTime } from './start-time';
import { type StravaStat, sportOfName, statOfLabel } from './words';

const LEADING_NUMBER = /^\s*([-−]?[\d.,\s\u00a0\u202f]*\d)/;

/** What the rendered summary shows: its labelled stats, weather, gear and start time. */
export function factsFromSummary(doc: Document, summary: Element, unitPreference: UnitPreference): ReadFacts {
  const decimal = decimalSeparatorOf(doc.documentElement.lang);
  const stats = readLabelledStats(doc, summary);
  const number = (cell: Element | undefined) => (cell ? leadingNumber(cell.textContent ?? '', decimal) : undefined);
  // A stat shown without its unit is in the athlete's chosen units, when we know them.
  const preferredUnit = (small: boolean): DistanceUnit | undefined => {
    if (unitPreference === 'meters') return small ? 'm' : 'km';
    if (unitPreference === 'feet') return small ? 'ft' : 'mi';
    return undefined;
  };
  const distance = (cell: Element | undefined, small: boolean) => {
    const value = number(cell);
    // A unit shown but not known is a misread waiting to happen: no value rather than a guess.
    const unit = cell && showsUnit(cell) ? unitOf(cell) : preferredUnit(small);
    return value === undefined || unit === undefined ? undefined : toMetres(value, unit);
  };
  const duration = (cell: Element | undefined) => (cell ? parseDuration(cell.textContent ?? '') : undefined);
  const temperatureCell = stats.get('temperature');
  const distanceCell = stats.get('distance');
  const shownUnit = distanceCell ? unitOf(distanceCell) : undefined;

  return {
    distanceM: distance(distanceCell, false),
    movingTimeS: duration(stats.get('movingTime')),
    elapsedTimeS: duration(stats.get('elapsedTime')),
    elevationGainM: distance(stats.get('elevation'), true),
    temperatureC: temperatureCell
      ? parseTemperature(temperatureCell.textContent ?? '', {
          decimalSeparator: decimal,
          defaultUnit: unitPreference === 'feet' ? 'F' : unitPreference === 'meters' ? 'C' : undefined,
        })
      : undefined,
    gear: readGear(summary),
    startTime: parseStravaStartTime(summary.querySelector(STRAVA_SELECTORS.startTime)?.textContent ?? ''),
    units: shownUnit === undefined ? undefined : shownUnit === 'mi' || shownUnit === 'ft' ? 'imperial' : 'metric',
  };
}

/**
 * The sport the page's title names ("Morning Run | Run | Strava"), else its heading ("Jane –
 * Run"); not a title left from the previous activity (`staleTitle`) after an in-page move.
 */
export function sportFromHeading(doc: Document, staleTitle?: string) {
  const fromTitle = sportFromTitle(doc, staleTitle);
  if (fromTitle) return fromTitle;
  const heading = doc.querySelector(STRAVA_SELECTORS.headingSport)?.textContent ?? '';
  const afterDash = heading.split(/[–—-]/).pop() ?? '';
  return sportOfName(normalizeWord(afterDash));
}

/**
 * The sport the page's title names, "Morning Run | Run | Strava" (as on the captured live page,
 * `strava-16112144168-edit-2025-10-excerpts.html`): the part before the site's name. Not a
 * title left from the previous activity (`staleTitle`) after an in-page move.
 */
export function sportFromTitle(doc: Document, staleTitle?: string) {
  if (doc.title === staleTitle) return undefined;
  const parts = doc.title.split('|').map((part) => normalizeWord(part));
  return parts.length >= 3 ? sportOfName(parts[parts.length - 2] ?? '') : undefined;
}

/** Whether the summary shows a distance yet (a page may render its stats late). */
export function summaryShowsDistance(doc: Document, summary: Element): boolean {
  return readLabelledStats(doc, summary).has('distance');
}

/**
 * Every labelled stat of the summary, headline first; the first reading of a label wins. Runs
 * show theirs as headline items and `.more-stats` rows (a ride's Avg/Max table is not read:
 * no run tip needs it).
 */
function readLabelledStats(doc: Document, summary: Element): Map<StravaStat, Element> {
  const stats = new Map<StravaStat, Element>();
  const add = (label: Element | null | undefined, value: Element | null | undefined) => {
    const stat = label ? statOfLabel(normalizeWord(label.textContent ?? '')) : undefined;
    if (stat !== undefined && value && !stats.has(stat)) stats.set(stat, value);
  };
  for (const item of summary.querySelectorAll(STRAVA_SELECTORS.headlineStats)) {
    add(item.querySelector(STRAVA_SELECTORS.headlineLabel), item.querySelector(STRAVA_SELECTORS.headlineValue));
  }
  for (const row of summary.querySelectorAll(STRAVA_SELECTORS.moreStatsRows)) {
    add(row.firstElementChild, row.querySelector('strong'));
  }
  // The weather sits beside the summary on some layouts.
  for (const stat of doc.querySelectorAll(STRAVA_SELECTORS.weatherStats)) {
    add(stat.querySelector(STRAVA_SELECTORS.weatherLabel), stat.querySelector(STRAVA_SELECTORS.weatherValue));
  }
  return stats;
}

function showsUnit(cell: Element): boolean {
  return (
    cell.querySelector(STRAVA_SELECTORS.unit) !== null ||
    /\p{L}/u.test((cell.textContent ?? '').replace(LEADING_NUMBER, ''))
  );
}

/** The unit a cell names: its `abbr` title or text, else the word after the number. */
function unitOf(cell: Element): DistanceUnit | undefined {
  const abbr = cell.querySelector(STRAVA_SELECTORS.unit);
  const candidates = abbr
    ? [abbr.getAttribute('title') ?? '', abbr.textContent ?? '']
    : [(cell.textContent ?? '').replace(LEADING_NUMBER, '')];
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
function readGear(summary: Element) {
  const doc = summary.ownerDocument;
  const name = (
    summary.querySelector(STRAVA_SELECTORS.gearName) ?? doc.querySelector(STRAVA_SELECTORS.gearName)
  )?.textContent
    ?.trim()
    .replace(/\s+/g, ' ');
  return name ? { name } : undefined;
}
