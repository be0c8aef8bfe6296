import { describe, expect, it } from 'vitest';
import { withinPhysicalRanges } from '../../../src/run/physical-ranges';
import type { RunFacts } from '../../../src/run/run-facts';

const run = (facts: Partial<RunFacts>): RunFacts => ({ site: 'strava', sport: 'run', ...facts });

describe('withinPhysicalRanges', () => {
  it('keeps a real run as it is', () => {
    const real = run({ distanceM: 21_100, movingTimeS: 6723, avgHeartRate: 148, temperatureC: -5, elevationGainM: 0 });
    expect(withinPhysicalRanges(real)).toEqual(real);
  });

  it.each([
    ['a negative distance', { distanceM: -5 }, 'distanceM'],
    ['a distance over 400 km', { distanceM: 1e9 }, 'distanceM'],
    ['a heart rate of 900', { avgHeartRate: 900 }, 'avgHeartRate'],
    ['a temperature of 400 °C', { temperatureC: 400 }, 'temperatureC'],
    ['a cadence of 0', { avgCadenceSpm: 0 }, 'avgCadenceSpm'],
    ['a non-finite time', { movingTimeS: Number.POSITIVE_INFINITY }, 'movingTimeS'],
  ] as const)('drops %s, with its source', (_name, facts, field) => {
    const read = withinPhysicalRanges(run({ ...facts, sources: { [field]: 'page-text' } }));
    expect(read).not.toHaveProperty(field);
    expect(read.sources).not.toHaveProperty(field);
  });

  it('drops distance and times together when they give an impossible pace', () => {
    const read = withinPhysicalRanges(run({ distanceM: 21_100, movingTimeS: 60, avgHeartRate: 150 }));
    expect(read).toEqual(run({ avgHeartRate: 150 }));
  });

  it('lets a ride be faster than any runner', () => {
    const ride = run({ sport: 'other', distanceM: 45_200, movingTimeS: 5400 });
    expect(withinPhysicalRanges(ride)).toEqual(ride);
  });

  it('keeps long stops out of the pace check (elapsed time)', () => {
    const withStops = run({ distanceM: 5000, elapsedTimeS: 8 * 3600 });
    expect(withinPhysicalRanges(withStops)).toEqual(withStops);
  });

  it('drops an impossible gear distance but keeps the gear name', () => {
    expect(withinPhysicalRanges(run({ gear: { name: 'Shoes', distanceM: -3 } })).gear).toEqual({ name: 'Shoes' });
  });
});
