import { describe, expect, it } from 'vitest';
import { distanceUnitOf, parseDistance } from '../../../src/run/parse-distance';

describe('parseDistance', () => {
  it.each([
    ['21.10', 'kilometers', undefined, 21_100],
    ['21,10', 'kilomètres', undefined, 21_100],
    ['5.00', 'miles', undefined, 8046.72],
    ['5,00', 'Meilen', undefined, 8046.72],
    ['142', 'm', undefined, 142],
    ['1,234', 'meters', '.', 1234],
    ['1.234', 'Meter', ',', 1234],
    ['164', 'feet', undefined, 49.9872],
    ['10', 'KM', undefined, 10_000],
  ] as const)('%s %s → %d m', (value, unit, hint, metres) => {
    expect(parseDistance(value, unit, hint)).toBeCloseTo(metres, 3);
  });

  it.each([
    ['10', 'parsecs'],
    ['ten', 'km'],
    ['-5', 'km'],
    ['', 'km'],
    ['10', ''],
  ])('leaves %j %j unread', (value, unit) => {
    expect(parseDistance(value, unit)).toBeUndefined();
  });

  it('names units in the languages Strava shows', () => {
    expect(['km', 'Kilometer', 'kilómetros', 'chilometri', 'quilômetros'].map(distanceUnitOf)).toEqual(
      Array(5).fill('km'),
    );
    expect(['mi', 'millas', 'miglia', 'mijl', 'milhas'].map(distanceUnitOf)).toEqual(Array(5).fill('mi'));
  });
});
