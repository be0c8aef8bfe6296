import { normalizeWord } from '../run/normalize-text';
import { parseDistance } from '../run/parse-distance';
import { parseDuration } from '../run/parse-duration';
import { decimalSeparatorOf } from '../run/parse-number';
import type { RunFacts, Sport } from '../run/run-facts';
import type { SiteAdapter } from './site-adapter';

const SELECTORS = {
  summary: '.activity-summary-container',
  statItems: 'ul.inline-stats li',
  statValue: 'strong',
  statUnit: 'abbr.unit',
  statLabel: '.label',
  moreStatsRows: '.more-stats .row',
  moreStatsLabel: ':scope > div:first-child',
} as const;

const ACTIVITY_PATH = /^\/activities\/(\d+)(?:\/[a-z-]+)?\/?$/;
const PAGE_VIEW = /new\s+Strava\.Labs\.Activities\.Pages\.(\w+?)PageView\(\s*"?(\d+)"?\s*,\s*"(\w+)"/;

type StatKey = 'distance' | 'movingTime' | 'elapsedTime';

/** Stat labels as Strava shows them in en, de, fr, es, it, nl, pt (accents folded). */
const STAT_LABELS: Record<StatKey, readonly string[]> = {
  distance: ['distance', 'distanz', 'distancia', 'distanza', 'afstand'],
  movingTime: [
    'moving time',
    'bewegungszeit',
    'temps de deplacement',
    'tiempo en movimiento',
    'tempo in movimento',
    'tijd in beweging',
    'tempo em movimento',
  ],
  elapsedTime: [
    'elapsed time',
    'verstrichene zeit',
    'temps ecoule',
    'tiempo transcurrido',
    'tempo trascorso',
    'verstreken tijd',
    'tempo decorrido',
  ],
};

const STAT_BY_LABEL = new Map<string, StatKey>(
  Object.entries(STAT_LABELS).flatMap(([key, labels]) => labels.map((label) => [label, key as StatKey])),
);

/** Strava's activity types (old `type` and newer `sport_type`) that are runs. */
const SPORT_BY_TYPE: Record<string, Sport> = {
  Run: 'run',
  TrailRun: 'trail-run',
  VirtualRun: 'virtual-run',
};

interface Stat {
  value: string;
  unit: string;
}

export const strava: SiteAdapter = {
  id: 'strava',
  activityPageMatches: ['https://www.strava.com/activities/*'],

  activityIdFromUrl(url) {
    if (url.hostname !== 'www.strava.com') return null;
    return ACTIVITY_PATH.exec(url.pathname)?.[1] ?? null;
  },

  isReadable(doc) {
    return doc.querySelector(SELECTORS.summary) !== null;
  },

  read(doc, url) {
    const activityId = this.activityIdFromUrl(url);
    if (activityId === null) return null;
    const summary = doc.querySelector(SELECTORS.summary);
    const sport = readSport(doc);
    if (summary === null && sport === undefined) return null;

    const decimalSeparator = decimalSeparatorOf(doc.documentElement.lang);
    const stats = summary ? readStats(summary) : new Map<StatKey, Stat>();
    const distance = stats.get('distance');
    const movingTime = stats.get('movingTime');
    const elapsedTime = stats.get('elapsedTime');

    return withoutUndefined<RunFacts>({
      site: 'strava',
      activityId,
      sport: sport ?? 'other',
      distanceM: distance && parseDistance(distance.value, distance.unit, decimalSeparator),
      movingTimeS: movingTime && parseDuration(movingTime.value),
      elapsedTimeS: elapsedTime && parseDuration(elapsedTime.value),
    });
  },
};

/** The sport from the page's own model setup script, when the page has one. */
function readSport(doc: Document): Sport | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const match = PAGE_VIEW.exec(script.textContent ?? '');
    if (match) return SPORT_BY_TYPE[match[3] ?? ''] ?? 'other';
  }
  return undefined;
}

/** The labelled stats of the summary: the headline `inline-stats` first, then `more-stats`. */
function readStats(summary: Element): Map<StatKey, Stat> {
  const stats = new Map<StatKey, Stat>();
  const labelled = [
    ...[...summary.querySelectorAll(SELECTORS.statItems)].map((item) => ({
      label: item.querySelector(SELECTORS.statLabel),
      strong: item.querySelector(SELECTORS.statValue),
    })),
    ...[...summary.querySelectorAll(SELECTORS.moreStatsRows)].map((row) => ({
      label: row.querySelector(SELECTORS.moreStatsLabel),
      strong: row.querySelector(SELECTORS.statValue),
    })),
  ];
  for (const { label, strong } of labelled) {
    const key = STAT_BY_LABEL.get(normalizeWord(label?.textContent ?? ''));
    if (key === undefined || strong === null || stats.has(key)) continue;
    const unit = strong.querySelector(SELECTORS.statUnit);
    stats.set(key, {
      value: textWithout(strong, unit),
      unit: unit?.getAttribute('title') || unit?.textContent || '',
    });
  }
  return stats;
}

/** An element's text without one of its children (the value of "10.0<abbr>km</abbr>"). */
function textWithout(element: Element, child: Element | null): string {
  const full = element.textContent ?? '';
  return child ? full.replace(child.textContent ?? '', '') : full;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// Selectors checked on the saved pages in tests/fixtures/strava/ (activity pages of the form
// https://www.strava.com/activities/<id>, with /overview and /analysis sub-pages).
