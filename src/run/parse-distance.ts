import { normalizeWord } from './normalize-text';
import { parseLocaleNumber } from './parse-number';
import { METRES_PER_FOOT, METRES_PER_MILE } from './units';

const METRES_PER = { km: 1000, mi: METRES_PER_MILE, m: 1, ft: METRES_PER_FOOT } as const;
export type DistanceUnit = keyof typeof METRES_PER;

/** Unit symbols and the words Strava's translations use for them (accents folded). */
const UNIT_WORDS: Record<DistanceUnit, readonly string[]> = {
  km: [
    'km',
    'kilometer',
    'kilometers',
    'kilometre',
    'kilometres',
    'kilometro',
    'kilometros',
    'chilometri',
    'chilometro',
    'quilometros',
    'quilometro',
  ],
  mi: [
    'mi',
    'mile',
    'miles',
    'meile',
    'meilen',
    'mille',
    'milles',
    'milla',
    'millas',
    'miglio',
    'miglia',
    'mijl',
    'mijlen',
    'milha',
    'milhas',
  ],
  m: ['m', 'meter', 'meters', 'metre', 'metres', 'metro', 'metros', 'metri'],
  ft: ['ft', 'foot', 'feet', 'fuss', 'fuß', 'pied', 'pieds', 'pie', 'pies', 'piede', 'piedi', 'voet', 'pe', 'pes'],
};

const UNIT_BY_WORD = new Map<string, DistanceUnit>(
  Object.entries(UNIT_WORDS).flatMap(([unit, words]) => words.map((word) => [word, unit as DistanceUnit])),
);

/** The distance unit a symbol or word names ("km", "kilomètres", "Meilen"), if any. */
export function distanceUnitOf(text: string): DistanceUnit | undefined {
  return UNIT_BY_WORD.get(normalizeWord(text).replace(/\.$/, ''));
}

export function toMetres(value: number, unit: DistanceUnit): number {
  return value * METRES_PER[unit];
}

/**
 * Metres from a value and its unit, each as the page shows them ("21,1" + "kilomètres").
 * Undefined when either cannot be read or the distance is negative.
 */
export function parseDistance(valueText: string, unitText: string, decimalSeparator?: '.' | ','): number | undefined {
  const unit = distanceUnitOf(unitText);
  const value = parseLocaleNumber(valueText, decimalSeparator);
  if (unit === undefined || value === undefined || value < 0) return undefined;
  return toMetres(value, unit);
}
