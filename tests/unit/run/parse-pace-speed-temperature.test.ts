import { describe, expect, it } from 'vitest';
import { parsePace, parseSpeed } from '../../../src/run/parse-pace';
import { parseTemperature } from '../../../src/run/parse-temperature';

describe('parsePace', () => {
  it.each([
    ['5:01 /km', 301],
    ['5:01/km', 301],
    ['4:05 min/km', 245],
    ['8:41 /mi', 521 / 1.609344],
    ['7:30 /mi', 450 / 1.609344],
    ['1:02:00 /km', 3720],
  ] as const)('%s → %d s/km', (text, expected) => {
    expect(parsePace(text)).toBeCloseTo(expected, 6);
  });

  it.each(['', '5:01', '5:01 /100m', 'fast', '0:00 /km', '5:75 /km'])('leaves %j unread', (text) => {
    expect(parsePace(text)).toBeUndefined();
  });
});

describe('parseSpeed', () => {
  it.each([
    ['36 km/h', undefined, 10],
    ['30,1 km/h', ',', 30.1 / 3.6],
    ['10 mph', undefined, 4.4704],
    ['10 mi/h', undefined, 4.4704],
  ] as const)('%s → %d m/s', (text, hint, expected) => {
    expect(parseSpeed(text, hint)).toBeCloseTo(expected, 6);
  });

  it.each(['', '36', '36 knots', '-5 km/h'])('leaves %j unread', (text) => {
    expect(parseSpeed(text)).toBeUndefined();
  });
});

describe('parseTemperature', () => {
  it.each([
    ['18 ℃', {}, 18],
    ['18 °C', {}, 18],
    ['18°C', {}, 18],
    ['64 °F', {}, 17.778],
    ['64 ℉', {}, 17.778],
    ['-3,5 °C', { decimalSeparator: ',' as const }, -3.5],
    ['−4 °C', {}, -4],
    ['18°', { defaultUnit: 'C' as const }, 18],
    ['50', { defaultUnit: 'F' as const }, 10],
  ])('%s → %d °C', (text, options, expected) => {
    expect(parseTemperature(text, options)).toBeCloseTo(expected, 2);
  });

  it.each(['', '18', '18°', 'warm', '18 K', '°C'])('leaves %j unread without a unit to go on', (text) => {
    expect(parseTemperature(text)).toBeUndefined();
  });
});
