import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDistance } from '../../../src/run/parse-distance';
import { parseDuration } from '../../../src/run/parse-duration';
import { parseLocaleNumber } from '../../../src/run/parse-number';
import { parsePace, parseSpeed } from '../../../src/run/parse-pace';
import { parseTemperature } from '../../../src/run/parse-temperature';

const RUNS = 3000;

/** Text that looks like what pages show, and text that does not: both must be safe. */
const pageText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[-−]?[\d.,\s\u00a0\u202f']{0,12}\s?(km|mi|m|ft|°C|°F|℃|℉|\/km|\/mi|min\/km|km\/h|mph|h|min|s)?$/),
  fc.stringMatching(/^\d{1,3}(:\d{2}){0,2}( \/(km|mi))?$/),
  fc.constantFrom('NaN', 'Infinity', '1e308', '-0', '١٢٣', '12٫5', '<b>5</b>', '5\u00a0km', ''),
);

const PARSERS: [string, (text: string) => number | undefined][] = [
  ['parseLocaleNumber', (text) => parseLocaleNumber(text)],
  ['parseLocaleNumber, comma decimals', (text) => parseLocaleNumber(text, ',')],
  ['parseDistance', (text) => parseDistance(text, text)],
  ['parseDuration', parseDuration],
  ['parsePace', parsePace],
  ['parseSpeed', (text) => parseSpeed(text)],
  ['parseTemperature', (text) => parseTemperature(text, { defaultUnit: 'C' })],
];

describe('parsers, on arbitrary text', () => {
  it.each(PARSERS)(`%s never throws, and gives a finite number or nothing (${RUNS} cases)`, (_name, parse) => {
    fc.assert(
      fc.property(pageText, (text) => {
        const value = parse(text);
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    console.log(`property: ${_name} held on ${RUNS} generated inputs`);
  });

  it(`reads back any number it is given, in either notation (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + cents / 100;
        const english = value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const german = value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseLocaleNumber(english, '.')).toBeCloseTo(value, 6);
        expect(parseLocaleNumber(german, ',')).toBeCloseTo(value, 6);
      }),
      { numRuns: RUNS },
    );
    console.log(`property: locale numbers round-tripped on ${RUNS} generated values`);
  });

  it(`reads back any clock duration (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (h, m, s) => {
          const text =
            h > 0
              ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
              : `${m}:${String(s).padStart(2, '0')}`;
          expect(parseDuration(text)).toBe(h * 3600 + m * 60 + s);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
