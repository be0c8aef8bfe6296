import { parseLocaleNumber } from './parse-number';
import { fahrenheitToCelsius } from './units';

const TEMPERATURE = /^([-−–]?[\d.,\s]+?)\s*(?:°\s*([CF])|℃|℉|([CF]))?$/i;

/**
 * Degrees Celsius from a temperature as written: "18 ℃", "64 °F", "-3,5 °C". A bare number
 * ("18°") is read in `defaultUnit` when given, and left unread otherwise.
 */
export function parseTemperature(
  text: string,
  options: { defaultUnit?: 'C' | 'F'; decimalSeparator?: '.' | ',' } = {},
): number | undefined {
  const trimmed = text.trim().replace(/°$/, '');
  const match = TEMPERATURE.exec(trimmed);
  if (!match) return undefined;
  const value = parseLocaleNumber(match[1] ?? '', options.decimalSeparator);
  if (value === undefined) return undefined;
  const unit = unitOf(trimmed, match[2] ?? match[3]) ?? options.defaultUnit;
  if (unit === undefined) return undefined;
  return unit === 'C' ? value : fahrenheitToCelsius(value);
}

function unitOf(text: string, letter: string | undefined): 'C' | 'F' | undefined {
  if (text.includes('℃')) return 'C';
  if (text.includes('℉')) return 'F';
  if (letter === undefined) return undefined;
  return letter.toUpperCase() === 'C' ? 'C' : 'F';
}
