import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/run/parse-duration';

describe('parseDuration', () => {
  it.each([
    ['36:36', 2196],
    ['1:02:03', 3723],
    ['1:52:03', 6723],
    ['0:45', 45],
    ['2h 5m', 7500],
    ['1h 02m 03s', 3723],
    ['1 h 02 min', 3720],
    ['45s', 45],
    ['45 s', 45],
    ['2 Std. 5 Min.', 7500],
    ['10:00:00', 36_000],
  ] as const)('%j → %s s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', 'abc', '1:2', '12:60', '1:60:00', '5 parsecs', '5', 'h', '1:02:03:04'])('leaves %j unread', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
