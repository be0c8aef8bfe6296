import { act, fireEvent, render, screen } from '@testing-library/preact';
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

/** Saves the background answers when the test says so, oldest first unless told otherwise. */
function heldSaves() {
  const answers: Array<() => void> = [];
  const onSave = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        answers.push(resolve);
      }),
  );
  const answer = async (index: number) => {
    await act(async () => answers[index]?.());
  };
  return { onSave, answer };
}

/** The form as the panel shows it, with the check-in the background last sent. */
const form = (checkIn: CheckInAnswer | null, onSave: (answer: CheckInAnswer) => Promise<unknown>) => (
  <CheckInForm checkIn={checkIn && stored(checkIn)} onSave={onSave} idPrefix="panel" />
);

const radio = (level: string) => screen.getByDisplayValue(level) as HTMLInputElement;
const box = (name: string) => document.querySelector(`input[name="panel-${name}"]`) as HTMLInputElement;
const answerOf = (soreness: CheckInAnswer['soreness'], areas: CheckInAnswer['areas'] = []) => ({
  soreness,
  areas,
  redFlags: [],
});

describe('CheckInForm', () => {
  it('builds each tap on the last one, even before the first is saved', () => {
    const { onSave } = heldSaves();
    render(form(answerOf('mild'), onSave));
    fireEvent.click(radio('moderate'));
    fireEvent.click(box('area-mid-back'));
    fireEvent.click(box('flag-chest-pain'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'moderate', areas: ['mid-back'], redFlags: ['chest-pain'] });
  });

  it('keeps the runner’s latest tap on screen while the state for an earlier one comes back', async () => {
    const { onSave, answer } = heldSaves();
    const view = render(form(answerOf('mild'), onSave));
    fireEvent.click(radio('moderate'));
    fireEvent.click(radio('severe'));
    // The background answers the first tap after the second was made.
    view.rerender(form(answerOf('moderate'), onSave));
    await answer(0);
    expect(radio('severe').checked).toBe(true);
    fireEvent.click(box('area-neck-shoulders'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'severe', areas: ['neck-shoulders'], redFlags: [] });
  });

  it('keeps a tap back to the stored answer, though an earlier tap’s save comes back after it', async () => {
    const { onSave, answer } = heldSaves();
    const view = render(form(answerOf('moderate'), onSave));
    fireEvent.click(radio('mild'));
    fireEvent.click(radio('moderate'));
    view.rerender(form(answerOf('mild'), onSave));
    await answer(0);
    expect(radio('moderate').checked).toBe(true);
    fireEvent.click(box('flag-chest-pain'));
    expect(onSave).toHaveBeenLastCalledWith({ soreness: 'moderate', areas: [], redFlags: ['chest-pain'] });
  });

  it('shows what is stored once every save is answered, even an answer given in another view', async () => {
    const { onSave, answer } = heldSaves();
    const view = render(form(null, onSave));
    fireEvent.click(radio('mild'));
    // The side panel's answer was stored after this one.
    view.rerender(form(answerOf('none', ['mid-back']), onSave));
    expect(radio('mild').checked).toBe(true);
    await answer(0);
    expect(radio('none').checked).toBe(true);
    expect(box('area-mid-back').checked).toBe(true);
  });

  it('goes back to what is stored when a save fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    render(form(answerOf('mild'), onSave));
    await act(async () => {
      fireEvent.click(radio('severe'));
    });
    expect(onSave).toHaveBeenCalledOnce();
    expect(radio('mild').checked).toBe(true);
  });
});
