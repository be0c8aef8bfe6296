import type { BridgeValue } from '../bridge/protocol';
import { STRAVA_MODEL_FIELDS } from '../bridge/protocol';
import type { UnitSystem } from '../run/format';
import { normalizeWord } from '../run/normalize-text';
import { type DistanceUnit, distanceUnitOf, toMetres } from '../run/parse-distance';
import { parseDuration } from '../run/parse-duration';
import { decimalSeparatorOf, parseLocaleNumber } from '../run/parse-number';
import { parseTemperature } from '../run/parse-temperature';
import { withinPhysicalRanges } from '../run/physical-ranges';
import type { Athlete, Gear } from '../run/run-facts';
import { SITE_PAGE_MATCHES } from './match-patterns';
import { type Layer, mergeLayers, type ReadFacts } from './merge-layers';
import type { SiteAdapter } from './site-adapter';
import { type StravaStat, sportOfName, sportOfType, statOfLabel, WORKOUT_TYPE_BY_CODE } from './strava-words';

/** The tabs of an activity's page, in its side navigation. */
const STRAVA_TABS = ['overview', 'analysis', 'laps', 'segments', 'best-efforts', 'heartrate', 'zone-distribution'];

export const STRAVA_SELECTORS = {
  summary: '.activity-summary-container',
  headlineStats: 'ul.inline-stats > li',
  headlineValue: 'strong',
  headlineLabel: '.label',
  unit: 'abbr.unit',
  moreStatsTableRows: '.more-stats tr',
  moreStatsRows: '.more-stats .row',
  weatherStats: '.weather-stat',
  weatherLabel: '.weather-label',
  weatherValue: '.weather-value',
  gearName: '.gear-name',
  gearDistance: '.gear-distance',
  headingSport: '#heading .title',
  startTime: '#heading time[datetime]',
  /**
   * The activity's own tabs (`/activities/<id>/overview`, `/analysis`, `/laps`…): how a page
   * shows whose summary it is. A link into an activity is not enough, since an activity's
   * page links to the runner's other activities (and to their segment efforts), and straight
   * after an in-page navigation to one of them the old page is still on screen.
   */
  ownTabs: (id: string) => STRAVA_TABS.map((tab) => `a[href="/activities/${id}/${tab}"]`).join(', '),
} as const;

const ACTIVITY_PATH = /^\/activities\/(\d+)(?:\/[a-z-]+)?\/?$/;
const PAGE_VIEW = /new\s+Strava\.Labs\.Activities\.Pages\.(\w*?)PageView\(\s*"?(\d+)"?\s*,\s*"(\w+)"/;
const SCRIPT_ATTRIBUTE = new RegExp(
  `"(${STRAVA_MODEL_FIELDS.join('|')})"\\s*:\\s*("(?:[^"\\\\]|\\\\.){0,64}"|-?\\d+(?:\\.\\d+)?|true|false)`,
  'g',
);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LEADING_NUMBER = /^\s*([-−]?[\d.,\s\u00a0\u202f]*\d)/;

type UnitPreference = 'meters' | 'feet' | undefined;

export const strava: SiteAdapter = {
  id: 'strava',
  readerMatches: SITE_PAGE_MATCHES.strava,

  activityIdFromUrl(url) {
    if (url.hostname !== 'www.strava.com') return null;
    return ACTIVITY_PATH.exec(url.pathname)?.[1] ?? null;
  },

  isReadable(doc, url, bridge) {
    const id = this.activityIdFromUrl(url);
    if (id === null) return false;
    return bridge?.activityId === id || domShowsActivity(doc, id);
  },

  read(doc, url, bridge) {
    const activityId = this.activityIdFromUrl(url);
    if (activityId === null) return null;
    const model = bridge?.site === 'strava' && bridge.activityId === activityId ? bridge.fields : undefined;
    const script = readScriptAttributes(doc, activityId);
    const unitPreference = preference(model?.measurement_preference ?? script.measurement_preference);
    const layers: Layer[] = [];
    if (model) layers.push({ source: 'page-model', facts: factsFromAttributes(model) });
    layers.push({ source: 'page-script', facts: factsFromAttributes(script) });
    if (domShowsActivity(doc, activityId)) {
      layers.push({ source: 'page-text', facts: factsFromPage(doc, unitPreference) });
    }

    const { facts, sources } = mergeLayers(layers);
    if (Object.keys(facts).length === 0) return null;
    return withinPhysicalRanges({ site: 'strava', activityId, sport: 'other', ...facts, sources });
  },
};

function domShowsActivity(doc: Document, activityId: string): boolean {
  return (
    doc.querySelector(STRAVA_SELECTORS.summary) !== null &&
    doc.querySelector(STRAVA_SELECTORS.ownTabs(activityId)) !== null
  );
}

function preference(value: BridgeValue | undefined): UnitPreference {
  return value === 'meters' || value === 'feet' ? value : undefined;
}

/**
 * The activity's attributes as the page's inline scripts spell them: the page view's
 * constructor (`new …RunPageView(<id>, "Run", …)`) and any JSON-like attribute list in the
 * same script. Scripts set up for another activity are ignored.
 */
function readScriptAttributes(doc: Document, activityId: string): Record<string, BridgeValue> {
  const attributes: Record<string, BridgeValue> = {};
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const preferenceMatch = /"measurement_preference"\s*:\s*"(meters|feet)"/.exec(text);
    if (preferenceMatch?.[1]) attributes.measurement_preference ??= preferenceMatch[1];
    const pageView = PAGE_VIEW.exec(text);
    if (!pageView || pageView[2] !== activityId) continue;
    for (const [, key = '', raw = ''] of text.matchAll(SCRIPT_ATTRIBUTE)) {
      if (key in attributes) continue;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          attributes[key] = value;
      } catch {
        // A malformed literal reads as nothing.
      }
    }
    if (pageView[3]) attributes.type ??= pageView[3];
  }
  return attributes;
}

/** From Strava's own attribute names (page model or inline script) to RunFacts fields. */
function factsFromAttributes(attributes: Record<string, BridgeValue>): ReadFacts {
  const type = stringOf(attributes.sport_type) ?? stringOf(attributes.type);
  let sport = type === undefined ? undefined : sportOfType(type);
  if (sport === 'run' && attributes.trainer === true) sport = 'virtual-run';
  const workoutCode = numberOf(attributes.workout_type);
  const startTime = stringOf(attributes.start_date_local) ?? stringOf(attributes.start_date);
  return {
    sport,
    distanceM: numberOf(attributes.distance),
    movingTimeS: numberOf(attributes.moving_time),
    elapsedTimeS: numberOf(attributes.elapsed_time),
    elevationGainM: numberOf(attributes.elev_gain),
    workoutType: sport !== 'other' && workoutCode !== undefined ? WORKOUT_TYPE_BY_CODE[workoutCode] : undefined,
    commute: typeof attributes.commute === 'boolean' ? attributes.commute : undefined,
    startTime: startTime !== undefined && ISO_DATE_TIME.test(startTime) ? startTime : undefined,
    units: unitSystemOf(preference(attributes.measurement_preference)),
    athlete: typeof attributes.viewer_is_athlete === 'boolean' ? athleteOf(attributes.viewer_is_athlete) : undefined,
  };
}

const athleteOf = (viewerIsAthlete: boolean): Athlete => (viewerIsAthlete ? 'you' : 'someone-else');

function unitSystemOf(unitPreference: UnitPreference): UnitSystem | undefined {
  if (unitPreference === undefined) return undefined;
  return unitPreference === 'feet' ? 'imperial' : 'metric';
}

interface StatCells {
  /** First value cell: the stat itself, or its average. */
  value: Element;
  /** Second value cell, where the page shows a maximum beside the average. */
  max?: Element;
}

/** What the rendered page shows: the summary's labelled stats, weather, gear and heading. */
function factsFromPage(doc: Document, unitPreference: UnitPreference): ReadFacts {
  const decimal = decimalSeparatorOf(doc.documentElement.lang);
  const stats = readLabelledStats(doc);
  const number = (cell: Element | undefined) => (cell ? leadingNumber(cell.textContent ?? '', decimal) : undefined);
  // A stat shown without its unit is in the athlete's chosen units, when we know them.
  const preferredUnit = (small: boolean): DistanceUnit | undefined => {
    if (unitPreference === 'meters') return small ? 'm' : 'km';
    if (unitPreference === 'feet') return small ? 'ft' : 'mi';
    return undefined;
  };
  const distance = (cell: Element | undefined, small: boolean) => {
    const value = number(cell);
    const unit = (cell ? unitOf(cell) : undefined) ?? preferredUnit(small);
    return value === undefined || unit === undefined ? undefined : toMetres(value, unit);
  };
  const duration = (cell: Element | undefined) => (cell ? parseDuration(cell.textContent ?? '') : undefined);
  const temperatureCell = stats.get('temperature')?.value;
  const distanceCell = stats.get('distance')?.value;
  const shownUnit = distanceCell ? unitOf(distanceCell) : undefined;

  return {
    sport: sportFromHeading(doc),
    distanceM: distance(stats.get('distance')?.value, false),
    movingTimeS: duration(stats.get('movingTime')?.value),
    elapsedTimeS: duration(stats.get('elapsedTime')?.value),
    elevationGainM: distance(stats.get('elevation')?.value, true),
    avgHeartRate: number(stats.get('heartRate')?.value),
    maxHeartRate: number(stats.get('heartRate')?.max),
    avgCadenceSpm: number(stats.get('cadence')?.value),
    temperatureC: temperatureCell
      ? parseTemperature(temperatureCell.textContent ?? '', {
          decimalSeparator: decimal,
          defaultUnit: unitPreference === 'feet' ? 'F' : unitPreference === 'meters' ? 'C' : undefined,
        })
      : undefined,
    gear: readGear(doc, decimal),
    startTime: readStartTime(doc),
    units: shownUnit === undefined ? undefined : shownUnit === 'mi' || shownUnit === 'ft' ? 'imperial' : 'metric',
  };
}

/** Every labelled stat of the summary, headline first; the first reading of a label wins. */
function readLabelledStats(doc: Document): Map<StravaStat, StatCells> {
  const summary = doc.querySelector(STRAVA_SELECTORS.summary);
  const stats = new Map<StravaStat, StatCells>();
  const add = (label: Element | null | undefined, value: Element | null | undefined, max?: Element | null) => {
    const stat = label ? statOfLabel(normalizeWord(label.textContent ?? '')) : undefined;
    if (stat === undefined || !value || stats.has(stat)) return;
    stats.set(stat, max ? { value, max } : { value });
  };
  if (summary) {
    for (const item of summary.querySelectorAll(STRAVA_SELECTORS.headlineStats)) {
      add(item.querySelector(STRAVA_SELECTORS.headlineLabel), item.querySelector(STRAVA_SELECTORS.headlineValue));
    }
    for (const row of summary.querySelectorAll(STRAVA_SELECTORS.moreStatsTableRows)) {
      const [value, max] = row.querySelectorAll('td');
      add(row.querySelector('th'), value, max);
    }
    for (const row of summary.querySelectorAll(STRAVA_SELECTORS.moreStatsRows)) {
      add(row.firstElementChild, row.querySelector('strong'));
    }
  }
  for (const stat of doc.querySelectorAll(STRAVA_SELECTORS.weatherStats)) {
    add(stat.querySelector(STRAVA_SELECTORS.weatherLabel), stat.querySelector(STRAVA_SELECTORS.weatherValue));
  }
  return stats;
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

/** The sport named by the page title ("Morning Run | Run | Strava") or the heading ("Jane – Run"). */
function sportFromHeading(doc: Document) {
  const titleParts = doc.title.split('|').map((part) => normalizeWord(part));
  const fromTitle = titleParts.length >= 3 ? sportOfName(titleParts[titleParts.length - 2] ?? '') : undefined;
  if (fromTitle) return fromTitle;
  const heading = doc.querySelector(STRAVA_SELECTORS.headingSport)?.textContent ?? '';
  const afterDash = heading.split(/[–—-]/).pop() ?? '';
  return sportOfName(normalizeWord(afterDash));
}

function readGear(doc: Document, decimal: '.' | ','): Gear | undefined {
  const name = doc.querySelector(STRAVA_SELECTORS.gearName)?.textContent?.trim();
  if (!name) return undefined;
  const distanceText = doc.querySelector(STRAVA_SELECTORS.gearDistance)?.textContent ?? '';
  const match = /([\d.,\s\u00a0\u202f]*\d)\s*([^\d\s).]+)/.exec(distanceText);
  const value = match?.[1] ? parseLocaleNumber(match[1], decimal) : undefined;
  const unit = match?.[2] ? distanceUnitOf(match[2]) : undefined;
  return value !== undefined && unit !== undefined ? { name, distanceM: toMetres(value, unit) } : { name };
}

function readStartTime(doc: Document): string | undefined {
  const value = doc.querySelector(STRAVA_SELECTORS.startTime)?.getAttribute('datetime') ?? '';
  return ISO_DATE_TIME.test(value) ? value : undefined;
}

function stringOf(value: BridgeValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberOf(value: BridgeValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// Selectors checked on the saved pages in tests/fixtures/strava/: activity pages
// https://www.strava.com/activities/<id> (and /overview, /analysis, /laps) in en, de, fr, es,
// it, nl and pt, metric and imperial, with and without the page model.
