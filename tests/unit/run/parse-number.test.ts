import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, parseLocaleNumber } from '../../../src/run/parse-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['10.5', undefined, 10.5],
    ['4,0', undefined, 4],
    ['21,10', undefined, 21.1],
    ['1.234,5', undefined, 1234.5],
    ['1,234.5', undefined, 1234.5],
    ['1 234,5', undefined, 1234.5],
    ['1\u00a0234,5', undefined, 1234.5],
    ['1\u202f234,5', undefined, 1234.5],
    ["1'234.5", undefined, 1234.5],
    ['1,234,567', undefined, 1_234_567],
    ['1.234.567', undefined, 1_234_567],
    ['42', undefined, 42],
    ['-3.5', undefined, -3.5],
    ['−3,5', undefined, -3.5],
    ['.5', undefined, 0.5],
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
  ] as const)('reads %j (decimal hint %j) as %d', (text, hint, expected) => {
    expect(parseLocaleNumber(text, hint)).toBeCloseTo(expected, 9);
  });

  it.each([
    '',
    'abc',
    '1,234',
    '1.234',
    '1,2,3',
    '12,34,567',
    '1.234,5.6',
    '--3',
    '3 km',
    '5.',
    ',',
  ])('leaves %j unread without a hint', (text) => {
    expect(parseLocaleNumber(text)).toBeUndefined();
  });
});

describe('decimalSeparatorOf', () => {
  it.each([
    ['en', '.'],
    ['en-US', '.'],
    ['de', ','],
    ['fr-FR', ','],
    ['es', ','],
    ['pt-BR', ','],
    [undefined, '.'],
    ['not a locale!', '.'],
  ] as const)('%s writes decimals with %j', (locale, expected) => {
    expect(decimalSeparatorOf(locale)).toBe(expected);
  });
});
