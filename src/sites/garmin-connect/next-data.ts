import { type BridgeValue, pickFields } from '../../bridge/protocol';
import { GARMIN_ACTIVITY_FIELDS } from './site';

/** One streamed chunk of a Next.js page: `self.__next_f.push([1,"<escaped text>"])`. */
const FLIGHT_CHUNK = /self\.__next_f\.push\(\[\s*1\s*,\s*("(?:[^"\\]|\\.)*")\s*\]\)/g;
const ACTIVITY_DATA = '"activityData":';
/** Larger than any activity summary we have seen; a bound on what a page can make us parse. */
const MAX_OBJECT_LENGTH = 2_000_000;

/**
 * The activity a Garmin Connect Next.js page carries in its own HTML (public activity
 * pages): the streamed chunks joined (an object may span several), then the object after
 * `"activityData":`, which has the activity-service JSON's shape. Only the allowed paths
 * are kept. Empty when the page carries none.
 */
export function nextActivityData(doc: Document): Record<string, BridgeValue> {
  // Asked on every change while a page renders: parsed again only when its scripts change.
  const remembered = lastParsed.get(doc);
  if (remembered?.scripts === doc.scripts.length) return remembered.fields;
  const fields = parseNextActivityData(doc);
  lastParsed.set(doc, { scripts: doc.scripts.length, fields });
  return fields;
}

const lastParsed = new WeakMap<Document, { scripts: number; fields: Record<string, BridgeValue> }>();

function parseNextActivityData(doc: Document): Record<string, BridgeValue> {
  let flight = '';
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('__next_f')) continue;
    for (const [, literal = '""'] of text.matchAll(FLIGHT_CHUNK)) {
      try {
        const chunk: unknown = JSON.parse(literal);
        if (typeof chunk === 'string') flight += chunk;
      } catch {
        // A chunk we cannot decode adds nothing.
      }
    }
  }
  const start = flight.indexOf(ACTIVITY_DATA);
  if (start < 0) return {};
  const objectText = balancedObject(flight, start + ACTIVITY_DATA.length);
  if (objectText === undefined) return {};
  try {
    return pickFields(JSON.parse(objectText), GARMIN_ACTIVITY_FIELDS);
  } catch {
    return {};
  }
}

/** The JSON object that starts at the first `{` from `from`, braces matched outside strings. */
function balancedObject(text: string, from: number): string | undefined {
  const open = text.indexOf('{', from);
  if (open < 0 || text.slice(from, open).trim() !== '') return undefined;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, open + MAX_OBJECT_LENGTH);
  for (let index = open; index < end; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(open, index + 1);
  }
  return undefined;
}
