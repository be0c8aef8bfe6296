import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/locales';
import { formatDecimal } from '../../../src/run/format-decimal';

const VALUES = [
  0, -0, 0.04, 0.05, 0.95, 0.995, 1.005, 2.675, 0.045, 1, 1.25, 1.35, 9.99, 12.345, 42.195, 99.95, 999.95, 1000, 1234,
  1234.56, 9999.5, 12345.6, 123456.7, 1234567.89, 21097.5, -0.04, -1.25, -1234.5, -98765.43,
];

describe('formatDecimal', () => {
  // Node's own Intl, with the full ICU, is the reference the hand-written formats must match.
  describe.each(LOCALES)('in %s', (locale) => {
    it.each([0, 1, 2])('writes every value with %i decimals as Intl.NumberFormat does', (digits) => {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      for (const value of VALUES) expect(formatDecimal(value, locale, digits), String(value)).toBe(intl.format(value));
    });

    it('matches Intl on 2,000 random distances and elevations', () => {
      const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      let seed = 7;
      const random = () => {
        seed = (seed * 48271) % 2147483647;
        return seed / 2147483647;
      };
      for (let sample = 0; sample < 2000; sample++) {
        const value = random() * 10 ** Math.floor(random() * 7);
        expect(formatDecimal(value, locale, 1), String(value)).toBe(intl.format(value));
      }
    });
  });

  it('writes a region-tagged or unknown language the way its base language, else English, does', () => {
    expect(formatDecimal(1234.5, 'de-AT', 1)).toBe('1.234,5');
    expect(formatDecimal(1234.5, 'PT-br', 1)).toBe('1.234,5');
    expect(formatDecimal(1234.5, 'xx', 1)).toBe('1,234.5');
  });

  it('writes Spanish and Italian four-digit numbers ungrouped, five-digit ones grouped', () => {
    expect(formatDecimal(2008, 'es', 0)).toBe('2008');
    expect(formatDecimal(12008, 'it', 0)).toBe('12.008');
  });

  it('leaves a number that is not finite as it is, rather than as a wrong figure', () => {
    expect(formatDecimal(Number.NaN, 'en', 1)).toBe('NaN');
    expect(formatDecimal(Number.POSITIVE_INFINITY, 'de', 1)).toBe('Infinity');
  });
});
