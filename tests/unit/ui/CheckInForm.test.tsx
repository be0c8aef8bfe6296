import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { CheckIn, CheckInAnswer } from '../../../src/checkins/check-in';
import { CheckInForm } from '../../../src/ui/CheckInForm';

function stored(answer: CheckInAnswer): CheckIn {
  return {
    ...answer,
    key: 'strava:1',
    site: 'strava',
    activityId: '1',
    run: { sport: 'run' },
    signals: [],
    recordedAt: 1,
    updatedAt: 1,
  };
}

const radio = (level: string) => screen.getByDisplayValue(level) as HTMLInputElement;
const box = (name: string) => document.querySelector(`input[name="panel-${name}"]`) as HTMLInputElement;

describe('CheckInForm', () => {
  it('builds each tap on the last one, even before the first is saved', () => {
    const onSave = vi.fn();
    const view = render(<CheckInForm checkIn={null} onSave={onSave} idPrefix="panel" />);
    fireEvent.click(radio('moderate'));
    // The first save has come back; the details are now offered.
    view.rerender(
      <CheckInForm
        checkIn={stored({ soreness: 'moderate', areas: [], redFlags: [] })}
        onSave={onSave}
        idPrefix="panel"
      />,
    );
    fireEvent.click(box('area-mid-back'));
    fireEvent.click(box('flag-chest-pain'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'moderate', areas: ['mid-back'], redFlags: ['chest-pain'] });
  });

  it('keeps the runner’s taps on screen while an older saved answer comes back', () => {
    const onSave = vi.fn();
    const first = stored({ soreness: 'mild', areas: [], redFlags: [] });
    const view = render(<CheckInForm checkIn={first} onSave={onSave} idPrefix="panel" />);
    fireEvent.click(radio('moderate'));
    fireEvent.click(radio('severe'));
    // The background answers the first tap after the second was made.
    view.rerender(
      <CheckInForm
        checkIn={stored({ soreness: 'moderate', areas: [], redFlags: [] })}
        onSave={onSave}
        idPrefix="panel"
      />,
    );
    expect(radio('severe').checked).toBe(true);
    fireEvent.click(box('area-neck-shoulders'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'severe', areas: ['neck-shoulders'], redFlags: [] });
  });

  it('follows an answer given elsewhere (the side panel) once its own taps are saved', () => {
    const onSave = vi.fn();
    const view = render(<CheckInForm checkIn={null} onSave={onSave} idPrefix="panel" />);
    fireEvent.click(radio('mild'));
    view.rerender(
      <CheckInForm checkIn={stored({ soreness: 'mild', areas: [], redFlags: [] })} onSave={onSave} idPrefix="panel" />,
    );
    view.rerender(
      <CheckInForm
        checkIn={stored({ soreness: 'none', areas: ['mid-back'], redFlags: [] })}
        onSave={onSave}
        idPrefix="panel"
      />,
    );
    expect(radio('none').checked).toBe(true);
    expect(box('area-mid-back').checked).toBe(true);
  });
});
