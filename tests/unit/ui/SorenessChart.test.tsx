import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CheckIn, Soreness } from '../../../src/checkins/check-in';
import { SorenessChart } from '../../../src/ui/SorenessChart';
import { LANGUAGES } from '../../../src/words/all-languages';
import { speak } from '../../../src/words/language';

const checkIn = (day: number, soreness: Soreness, signals: CheckIn['signals'] = []): CheckIn => ({
  key: `strava:${13000000000 + day}`,
  site: 'strava',
  activityId: String(13000000000 + day),
  run: { sport: 'run', startTime: `2025-09-${String(day).padStart(2, '0')}T07:00:00`, distanceM: 8000 },
  signals,
  soreness,
  areas: [],
  redFlags: [],
  recordedAt: Date.UTC(2025, 8, day, 12),
  updatedAt: Date.UTC(2025, 8, day, 12),
});

const SEPTEMBER = [
  checkIn(1, 'moderate', ['long']),
  checkIn(4, 'none'),
  checkIn(7, 'mild', ['fast']),
  checkIn(10, 'severe', ['long', 'hilly']),
  checkIn(13, 'none'),
  checkIn(16, 'mild'),
  checkIn(19, 'none'),
];

describe('SorenessChart', () => {
  it('puts dates along the time axis: the first, the last and a few between', () => {
    render(<SorenessChart checkIns={[...SEPTEMBER].reverse()} />);
    const dates = [...screen.getByTestId('soreness-dates').querySelectorAll('text')].map((date) => date.textContent);
    expect(dates).toEqual(['Sep 1', 'Sep 7', 'Sep 13', 'Sep 19']);
  });

  it('names each point’s day and soreness, shown on hover and on keyboard focus', () => {
    render(<SorenessChart checkIns={SEPTEMBER} />);
    const points = screen.getAllByRole('img');
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      'Sep 1, 2025: Moderate',
      'Sep 4, 2025: Fine',
      'Sep 7, 2025: Mild',
      'Sep 10, 2025: Severe',
      'Sep 13, 2025: Fine',
      'Sep 16, 2025: Mild',
      'Sep 19, 2025: Fine',
    ]);
    for (const point of points) {
      expect(point.getAttribute('tabindex')).toBe('0');
      expect(point.querySelector('title')?.textContent).toBe(point.getAttribute('aria-label'));
      expect(point.querySelector('.bs-chart-point-label')?.textContent).toBe(point.getAttribute('aria-label'));
    }
  });

  it('offers the same answers as a table, newest first, with the kinds of run', () => {
    render(<SorenessChart checkIns={SEPTEMBER} />);
    const rows = [...screen.getByTestId('soreness-table').querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual(['Sep 19, 2025', 'Fine', 'Everyday run']);
    expect(rows[6]).toEqual(['Sep 1, 2025', 'Moderate', 'Long']);
    expect(rows[3]).toEqual(['Sep 10, 2025', 'Severe', 'Long, Hilly']);
    expect(screen.getByText('Show as a table')).toBeTruthy();
  });

  it('speaks the runner’s language', () => {
    speak(LANGUAGES.de);
    render(<SorenessChart checkIns={SEPTEMBER} />);
    expect(screen.getAllByRole('img')[0]?.getAttribute('aria-label')).toMatch(/^1\. Sept\. 2025: /);
  });
});
