import { normalizeWord } from './normalize-text';
import { toMetres } from './parse-distance';
import { parseDuration } from './parse-duration';
import { parseLocaleNumber } from './parse-number';

const PACE =
  /^(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:min)?\s*\/\s*(km|mi|kilometer|kilometre|mile|milla|miglio|meile|mijl|milha)\b/;
const SPEED = /^([\d.,]+)\s*(km\/h|kmh|kph|mi\/h|mph)$/;

/** Seconds per kilometre from a pace as written: "5:01 /km", "8:41 /mi", "4:05min/km". */
export function parsePace(text: string): number | undefined {
  const match = PACE.exec(normalizeWord(text));
  if (!match) return undefined;
  const [, clock = '', unit = ''] = match;
  const seconds = parseDuration(clock);
  if (seconds === undefined || seconds <= 0) return undefined;
  const perMetres = toMetres(1, unit === 'km' || unit.startsWith('kilomet') ? 'km' : 'mi');
  return (seconds / perMetres) * 1000;
}

/** Metres per second from a speed as written: "12,3 km/h", "7.6 mph". */
export function parseSpeed(text: string, decimalSeparator?: '.' | ','): number | undefined {
  const match = SPEED.exec(normalizeWord(text).replace(/\s+(?=[a-z])/, ''));
  if (!match) return undefined;
  const value = parseLocaleNumber(match[1] ?? '', decimalSeparator);
  if (value === undefined || value < 0) return undefined;
  const metresPerHour = toMetres(value, match[2]?.startsWith('k') ? 'km' : 'mi');
  return metresPerHour / 3600;
}
