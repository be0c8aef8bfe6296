const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’]/g;
const MINUS_SIGNS = /^[-−–]/;

/**
 * The decimal separator a locale writes ("." or ","), so "1,234" can be read the way the
 * page meant it. Falls back to "." for an unknown or malformed locale tag.
 */
export function decimalSeparatorOf(locale: string | undefined): '.' | ',' {
  if (!locale) return '.';
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/**
 * Reads a number as a person wrote it in any common locale: "4,0", "1.234,5", "1,234.5",
 * "10.5", "12 345" (with ordinary, no-break or narrow no-break spaces).
 *
 * A lone separator followed by exactly three digits ("1,234") is ambiguous; it is read
 * with `decimalSeparator` when given and left unread otherwise. Returns undefined for
 * anything that is not a plain number.
 */
export function parseLocaleNumber(text: string, decimalSeparator?: '.' | ','): number | undefined {
  let body = text.trim().replace(GROUP_SPACES, '');
  let sign = 1;
  if (MINUS_SIGNS.test(body)) {
    sign = -1;
    body = body.slice(1);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return undefined;

  const decimal = findDecimalSeparator(body, decimalSeparator);
  if (decimal === null) return undefined;
  const group = decimal === ',' ? '.' : ',';
  const [whole = '', fraction, extra] = decimal ? body.split(decimal) : [body];
  if (extra !== undefined) return undefined;
  if (!isValidGrouping(whole, group)) return undefined;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;

  const normalized = `${whole.replaceAll(group, '') || '0'}${fraction === undefined ? '' : `.${fraction}`}`;
  const value = Number(normalized);
  return Number.isFinite(value) ? sign * value : undefined;
}

/** "." or "," as the decimal separator, undefined when there is none, null when unreadable. */
function findDecimalSeparator(body: string, hint: '.' | ',' | undefined): '.' | ',' | undefined | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (only === undefined) return undefined;
  const occurrences = body.split(only).length - 1;
  if (occurrences > 1) return only === '.' ? ',' : '.';
  const digitsAfter = body.length - body.indexOf(only) - 1;
  if (digitsAfter !== 3) return only;
  if (hint === undefined) return null;
  return hint === only ? only : only === '.' ? ',' : '.';
}

function isValidGrouping(whole: string, group: '.' | ','): boolean {
  if (!whole.includes(group)) return /^\d*$/.test(whole);
  return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole);
}
