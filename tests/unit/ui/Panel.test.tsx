import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { evaluateRun, hasSomethingToShow } from '../../../src/background/evaluate-run';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { Panel } from '../../../src/ui/Panel';

const longRunState = evaluateRun(
  'https://www.strava.com/activities/12000000001',
  { site: 'strava', activityId: '12000000001', sport: 'run', distanceM: 21_100, movingTimeS: 6723 },
  DEFAULT_SETTINGS,
);

describe('Panel', () => {
  if (!hasSomethingToShow(longRunState)) throw new Error('the long run must have something to show');

  it('lists the signals shown and one element per tip, as the contract says', () => {
    render(<Panel state={longRunState} onClose={() => undefined} />);
    const panel = screen.getByTestId('backstride-panel');
    expect(panel.getAttribute('data-signals')).toBe('long');
    const tipIds = [...panel.querySelectorAll('[data-tip-id]')].map((tip) => tip.getAttribute('data-tip-id'));
    expect(tipIds).toEqual(['posture', 'hydration', 'overuse']);
  });

  it('shows the run in numbers and the doctor note', () => {
    render(<Panel state={longRunState} onClose={() => undefined} />);
    expect(screen.getByText('21.1 km · 1:52:03 · 5:19 /km')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(
      /chest pain, shortness of breath, or pain spreading to an arm or the jaw/,
    );
  });

  it('closes on request', () => {
    const onClose = vi.fn();
    render(<Panel state={longRunState} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: /close/i }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
