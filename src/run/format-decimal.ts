/**
 * How each language Backstride speaks writes a number: its decimal mark, its thousands
 * separator, and whether a four-digit number is grouped at all (Spanish and Italian write
 * "1234" but "12.345"), as the Unicode CLDR has them.
 */
interface DecimalStyle {
  decimal: string;
  group: string;
  /** The fewest digits before the first separator: 1 groups "1,234", 2 leaves "1234". */
  minimumGroupingDigits: 1 | 2;
}

const STYLES: Readonly<Record<string, DecimalStyle>> = {
  en: { decimal: '.', group: ',', minimumGroupingDigits: 1 },
  de: { decimal: ',', group: '.', minimumGroupingDigits: 1 },
  // A narrow no-break space: the number never wraps between its groups.
  fr: { decimal: ',', group: '\u202f', minimumGroupingDigits: 1 },
  es: { decimal: ',', group: '.', minimumGroupingDigits: 2 },
  it: { decimal: ',', group: '.', minimumGroupingDigits: 2 },
  nl: { decimal: ',', group: '.', minimumGroupingDigits: 1 },
  pt: { decimal: ',', group: '.', minimumGroupingDigits: 1 },
};

/**
 * `value` with exactly `digits` decimals, as the runner's language writes it: "1,234.5" in
 * English, "1.234,5" in German, as Intl.NumberFormat writes the seven languages Backstride
 * speaks (a region tag, "de-AT", is written as its language is; English for any other).
 * Written out by hand: the first `Intl.NumberFormat` in a page costs tens of milliseconds
 * (the browser loads its locale data), which the in-page panel would spend before it shows.
 */
export function formatDecimal(value: number, locale: string, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const style = STYLES[locale.split('-')[0]?.toLowerCase() ?? ''] ?? (STYLES.en as DecimalStyle);
  const [whole, fraction] = roundHalfUp(Math.abs(value), digits);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${groupThousands(whole, style)}${digits > 0 ? `${style.decimal}${fraction}` : ''}`;
}

/**
 * The whole and fraction digits of `value` rounded to `digits` decimals, half away from zero,
 * on the number as it is written (0.95 is "0.95", so "1.0"), as Intl rounds; `toFixed` would
 * round its binary value (0.9499…) down.
 */
function roundHalfUp(value: number, digits: number): [whole: string, fraction: string] {
  const written = String(value);
  // Below a millionth (or beyond 10^21) JavaScript writes an exponent; no figure we show is.
  if (written.includes('e')) {
    const [whole = '0', fraction = ''] = value.toFixed(digits).split('.');
    return [whole, fraction];
  }
  const [whole = '0', fraction = ''] = written.split('.');
  const kept = `${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`.split('');
  if ((fraction[digits] ?? '0') >= '5') {
    let at = kept.length - 1;
    while (at >= 0 && kept[at] === '9') kept[at--] = '0';
    if (at >= 0) kept[at] = String(Number(kept[at]) + 1);
    else kept.unshift('1');
  }
  const split = kept.length - digits;
  return [kept.slice(0, split).join(''), kept.slice(split).join('')];
}

function groupThousands(whole: string, { group, minimumGroupingDigits }: DecimalStyle): string {
  if (whole.length < 4 + (minimumGroupingDigits - 1)) return whole;
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  return groups.join(group);
}
