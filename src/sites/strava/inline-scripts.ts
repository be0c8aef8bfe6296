import type { BridgeValue } from '../../bridge/protocol';
import { ACTIVITY_ID_DIGITS } from '../../run/run-facts';
import { STRAVA_MODEL_FIELDS } from './site';

/** `new Strava.Labs.Activities.Pages.RunPageView(123, 'Run', factory)`: its id and (detailed) type. */
const PAGE_VIEW = new RegExp(
  String.raw`new\s+Strava\.Labs\.Activities\.Pages\.\w*PageView\(\s*["']?(${ACTIVITY_ID_DIGITS})["']?\s*,\s*["'](\w{1,40})["']`,
);
const MODEL_SET = /pageView\.activity\(\)\.set\(\s*\{/g;
const IS_OWNER = /\.isOwner\(\s*(true|false)\s*\)/;
const MEASUREMENT_UNITS = /\.measurementUnits\(\s*["'](imperial|metric)["']\s*\)/;
const WINDOW_PREFERENCE = /window\._measurement_preference\s*=\s*["'](meters|feet)["']/;
/**
 * `key: value` in an object literal whose strings were set aside (`§n§`, see topLevelOf): the
 * key bare or quoted, the value a number, a string or a boolean.
 */
const ENTRY = /(?:^|[\s,{])(?:([A-Za-z_]\w{0,40})|§(\d+)§)\s*:\s*(§\d+§|-?\d+(?:\.\d+)?|true|false)(?=\s*[,}])/g;
const MAX_STRING_LENGTH = 64;
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
 * or double quotes, only the object's own top-level keys), from the scripts' texts. Read only when the page view is
 * built for this very activity: `currentAthlete`'s JSON, with its own `"type"`, and the
 * scripts of an earlier page (after an in-page navigation) say nothing of it.
 */
export function readInlineScripts(texts: readonly string[], activityId: string): ScriptReading {
  const reading: ScriptReading = { attributes: {}, pageView: false, otherPageView: false, statsSet: false };
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
      const { text: body, strings } = topLevelOf(text, (set.index ?? 0) + set[0].length - 1);
      const entries = [...body.matchAll(ENTRY)].map(([, bareKey, keyString, raw = '']) => ({
        key: bareKey ?? strings[Number(keyString)] ?? '',
        value: literal(raw, strings),
      }));
      for (const { key, value } of entries) {
        if (ALLOWED.has(key) && value !== undefined) attributes[key] = value;
      }
      if (entries.some(({ key }) => key === 'distance')) reading.statsSet = true;
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
 * The object literal opening at `open`, as text with only its own top-level keys and values
 * left: every nested object or array is a `0`, and every string is set aside (`§n§`, its
 * content in `strings`), so nothing inside a string (a name, a description) nor inside a
 * `shoes: [{distance: …}]` can pass for the activity's own attribute.
 */
function topLevelOf(text: string, open: number): { text: string; strings: string[] } {
  const strings: string[] = [];
  let depth = 0;
  let kept = '';
  for (let index = open; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      if (depth === 1) {
        kept += `§${strings.length}§`;
        strings.push(text.slice(index + 1, end));
      }
      index = end;
      continue;
    }
    if (char === '{' || char === '[') {
      depth++;
      if (depth === 2) kept += '0';
      if (depth > 1) continue;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return { text: `${kept}}`, strings };
      continue;
    }
    if (depth === 1) kept += char;
  }
  return { text: kept, strings };
}

/** A value as the script wrote it; a string only when short and plain (no escapes). */
function literal(raw: string, strings: readonly string[]): BridgeValue | undefined {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  const string = /^§(\d+)§$/.exec(raw);
  if (string) {
    const value = strings[Number(string[1])];
    return value !== undefined && value.length <= MAX_STRING_LENGTH && !value.includes('\\') ? value : undefined;
  }
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}
