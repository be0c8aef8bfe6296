import { describe, expect, it } from 'vitest';
import { parseStravaStartTime } from '../../../src/sites/strava/start-time';

describe('parseStravaStartTime: the summary’s <time> text, which has no datetime attribute', () => {
  it.each([
    // The form of a captured page of 2024 (surrounding whitespace as the page has it).
    ['\n  11:32 AM on Sunday, September 15, 2024\n  ', '2024-09-15T11:32'],
    ['7:03 PM on Sunday, October 12, 2025', '2025-10-12T19:03'],
    ['12:05 AM on Monday, January 5, 2026', '2026-01-05T00:05'],
    ['12:05 PM on Monday, January 5, 2026', '2026-01-05T12:05'],
    ['07:12 am Samstag, 18. Oktober 2025', '2025-10-18T07:12'],
    // German "am" means "on": a 24-hour time stays as it is.
    ['12:30 am Sonntag, 19. Oktober 2025', '2025-10-19T12:30'],
    ['19:30 am Donnerstag, 6. März 2025', '2025-03-06T19:30'],
    ['07:03 le dimanche 12 octobre 2025', '2025-10-12T07:03'],
    ['7h03 le dimanche 1 février 2026', '2026-02-01T07:03'],
    ['7:03 p. m. el domingo, 12 de octubre de 2025', '2025-10-12T19:03'],
    ['07:30 domenica, 12 ottobre 2025', '2025-10-12T07:30'],
    ['18:30 op woensdag 15 oktober 2025', '2025-10-15T18:30'],
    ['06:10 no sábado, 18 de outubro de 2025', '2025-10-18T06:10'],
  ])('%j → %s', (text, expected) => {
    expect(parseStravaStartTime(text)).toBe(expected);
  });

  it.each([
    '',
    'Sunday, September 15, 2024',
    '11:32 AM on Sunday',
    '11:32 AM on Sunday, Smarch 15, 2024',
    '7:03 on Sunday, February 30, 2025',
    '25:10 on Sunday, February 3, 2025',
  ])('reads nothing from an incomplete or impossible date: %j', (text) => {
    expect(parseStravaStartTime(text)).toBeUndefined();
  });
});
