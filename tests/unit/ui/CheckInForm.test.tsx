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

/** The form as the panel shows it, with the check-in the background last sent. */
const form = (checkIn: CheckInAnswer | null, onSave: (answer: CheckInAnswer) => void) => (
  <CheckInForm checkIn={checkIn && stored(checkIn)} onSave={onSave} idPrefix="panel" />
);

const radio = (level: string) => screen.getByDisplayValue(level) as HTMLInputElement;
const box = (name: string) => document.querySelector(`input[name="panel-${name}"]`) as HTMLInputElement;

describe('CheckInForm', () => {
  it('builds each tap on the last one, even before the first is saved', () => {
    const onSave = vi.fn();
    const view = render(form(null, onSave));
    fireEvent.click(radio('moderate'));
    // The first save has come back; the details are now offered.
    view.rerender(form({ soreness: 'moderate', areas: [], redFlags: [] }, onSave));
    fireEvent.click(box('area-mid-back'));
    fireEvent.click(box('flag-chest-pain'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'moderate', areas: ['mid-back'], redFlags: ['chest-pain'] });
  });

  it('keeps the runner’s taps on screen while an older saved answer comes back', () => {
    const onSave = vi.fn();
    const view = render(form({ soreness: 'mild', areas: [], redFlags: [] }, onSave));
    fireEvent.click(radio('moderate'));
    fireEvent.click(radio('severe'));
    // The background answers the first tap after the second was made.
    view.rerender(form({ soreness: 'moderate', areas: [], redFlags: [] }, onSave));
    expect(radio('severe').checked).toBe(true);
    fireEvent.click(box('area-neck-shoulders'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'severe', areas: ['neck-shoulders'], redFlags: [] });
  });

  it('follows an answer given elsewhere (the side panel) once its own taps are saved', () => {
    const onSave = vi.fn();
    const view = render(form(null, onSave));
    fireEvent.click(radio('mild'));
    view.rerender(form({ soreness: 'mild', areas: [], redFlags: [] }, onSave));
    view.rerender(form({ soreness: 'none', areas: ['mid-back'], redFlags: [] }, onSave));
    expect(radio('none').checked).toBe(true);
    expect(box('area-mid-back').checked).toBe(true);
  });
});
