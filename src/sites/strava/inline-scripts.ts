import type { BridgeValue } from '../../bridge/protocol';
import { STRAVA_MODEL_FIELDS } from './site';

/** `new Strava.Labs.Activities.Pages.RunPageView(123, 'Run', factory)`: its id and (detailed) type. */
const PAGE_VIEW =
  /new\s+Strava\.Labs\.Activities\.Pages\.\w*PageView\(\s*["']?(\d{1,20})["']?\s*,\s*["'](\w{1,40})["']/;
const MODEL_SET = /pageView\.activity\(\)\.set\(\s*\{/g;
const IS_OWNER = /\.isOwner\(\s*(true|false)\s*\)/;
const MEASUREMENT_UNITS = /\.measurementUnits\(\s*["'](imperial|metric)["']\s*\)/;
const WINDOW_PREFERENCE = /window\._measurement_preference\s*=\s*["'](meters|feet)["']/;
/** `key: value` with the key bare or quoted, the value a number, a quoted string or a boolean. */
const ENTRY =
  /(?:^|[\s,{])["']?([A-Za-z_]\w{0,40})["']?\s*:\s*('(?:[^'\\]|\\.){0,64}'|"(?:[^"\\]|\\.){0,64}"|-?\d+(?:\.\d+)?|true|false)(?=\s*[,}\s])/g;
const ALLOWED = new Set<string>(STRAVA_MODEL_FIELDS);

/** What the page's inline scripts say of an activity, and what was found on the way. */
export interface ScriptReading {
  attributes: Record<string, BridgeValue>;
  /** A page view is built for this activity. */
  pageView: boolean;
  /** A page view is built for another activity (the scripts are an earlier page's). */
  otherPageView: boolean;
  /** A `pageView.activity().set({…})` carried a distance. */
  statsSet: boolean;
}

/**
 * The activity as Strava's inline scripts set it up: the page view's constructor and builder
 * chain (`.isOwner(true)`, `.measurementUnits('metric')`) and each
 * `pageView.activity().set({ distance: 10012.3, … })` (keys bare or quoted, strings in single
 * or double quotes, only the object's own top-level keys). Read only when the page view is
 * built for this very activity: `currentAthlete`'s JSON, with its own `"type"`, and the
 * scripts of an earlier page (after an in-page navigation) say nothing of it.
 */
export function readInlineScripts(doc: Document, activityId: string): ScriptReading {
  // The reader asks on every change while a page renders: the scripts rarely change meanwhile.
  const key = `${activityId}:${doc.scripts.length}`;
  const remembered = lastReading.get(doc);
  if (remembered?.key === key) return remembered.reading;
  const reading = readScripts(doc, activityId);
  lastReading.set(doc, { key, reading });
  return reading;
}

const lastReading = new WeakMap<Document, { key: string; reading: ScriptReading }>();

function readScripts(doc: Document, activityId: string): ScriptReading {
  const reading: ScriptReading = { attributes: {}, pageView: false, otherPageView: false, statsSet: false };
  const texts = [...doc.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
  const preference = texts.map((text) => WINDOW_PREFERENCE.exec(text)?.[1]).find(Boolean);
  if (preference) reading.attributes.measurement_preference = preference;

  const pageViews = texts.map((text) => ({ text, match: PAGE_VIEW.exec(text) })).filter(({ match }) => match);
  const own = pageViews.find(({ match }) => match?.[1] === activityId);
  reading.otherPageView = pageViews.some(({ match }) => match?.[1] !== activityId);
  if (!own?.match || reading.otherPageView) return reading;
  reading.pageView = true;

  const attributes: Record<string, BridgeValue> = {};
  for (const text of texts) {
    for (const set of text.matchAll(MODEL_SET)) {
      const body = topLevelOf(text, (set.index ?? 0) + set[0].length - 1);
      const entries = [...body.matchAll(ENTRY)];
      for (const [, key = '', raw = ''] of entries) {
        const value = literal(raw);
        if (ALLOWED.has(key) && value !== undefined) attributes[key] = value;
      }
      if (entries.some(([, key]) => key === 'distance')) reading.statsSet = true;
    }
  }
  attributes.type ??= own.match[2] ?? '';
  const owner = IS_OWNER.exec(own.text)?.[1];
  if (owner) attributes.viewer_is_athlete = owner === 'true';
  const units = MEASUREMENT_UNITS.exec(own.text)?.[1];
  if (units && reading.attributes.measurement_preference === undefined) {
    attributes.measurement_preference = units === 'imperial' ? 'feet' : 'meters';
  }
  Object.assign(reading.attributes, attributes);
  return reading;
}

/**
 * The text of the object literal opening at `open`, with every nested object, array and
 * string blanked out, so only its own top-level keys can be matched (a `shoes: [{distance:…}]`
 * inside says nothing of the activity's distance).
 */
function topLevelOf(text: string, open: number): string {
  let depth = 0;
  let quote = '';
  let kept = '';
  for (let index = open; index < text.length; index++) {
    const char = text[index] ?? '';
    if (quote) {
      if (char === '\\') {
        if (depth === 1) kept += char + (text[index + 1] ?? '');
        index++;
        continue;
      }
      if (char === quote) quote = '';
      if (depth === 1) kept += char;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char === '{' || char === '[') {
      depth++;
      if (depth === 2) kept += '0';
      if (depth > 1) continue;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return `${kept}}`;
      continue;
    }
    if (depth === 1) kept += char;
  }
  return kept;
}

function literal(raw: string): BridgeValue | undefined {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw.startsWith("'") || raw.startsWith('"')) {
    const inner = raw.slice(1, -1);
    return /[\\]/.test(inner) ? undefined : inner;
  }
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}
