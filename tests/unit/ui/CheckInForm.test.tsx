import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { evaluateRun } from '../../../src/background/evaluate-run';
import type { CheckIn, CheckInAnswer } from '../../../src/checkins/check-in';
import { RED_FLAGS } from '../../../src/checkins/red-flags';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { CheckInForm } from '../../../src/ui/CheckInForm';
import { Panel } from '../../../src/ui/Panel';
import { hasSomethingToShow } from '../../../src/view-state/tab-state';
import { LONG_RUN_FACTS } from '../long-run-facts';

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

  it.each(['moderate', 'severe'])('asks every red flag outright once the pain is %s, with no other click', (level) => {
    const { onSave } = heldSaves();
    render(form(null, onSave));
    fireEvent.click(radio(level));
    for (const flag of RED_FLAGS) expect(box(`flag-${flag}`).closest('details'), flag).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Pain spreading to the arm, jaw or neck' })).toBeTruthy();
  });

  it('keeps the red flags folded away with the where for mild pain', () => {
    render(
      form(
        answerOf('mild'),
        vi.fn(async () => undefined),
      ),
    );
    expect(box('flag-chest-pain').closest('details')?.open).toBe(false);
  });
});

const longRunState = evaluateRun('https://www.strava.com/activities/12000000001', LONG_RUN_FACTS, {
  settings: DEFAULT_SETTINGS,
});

/** The in-page panel, with a background that stores each answer and sends it back. */
function PanelStoringCheckIns() {
  const [checkIn, setCheckIn] = useState<CheckIn | null>(null);
  if (!hasSomethingToShow(longRunState)) throw new Error('the long run must have something to show');
  return (
    <Panel
      state={{ ...longRunState, checkIn }}
      top={72}
      onClose={vi.fn()}
      onDismiss={vi.fn()}
      onOpenAllTips={vi.fn(async () => true)}
      onCheckIn={async (answer) => setCheckIn(stored(answer))}
    />
  );
}

describe('the check-in in the panel', () => {
  const urgentNotice = () => screen.getByTestId('urgent-notice');
  const firstAfterHeader = () => screen.getByTestId('backstride-panel').querySelector('header')?.nextElementSibling;

  it('puts the emergency message above everything once pain spreads to the arm, jaw or neck', async () => {
    render(<PanelStoringCheckIns />);
    fireEvent.click(screen.getByRole('radio', { name: 'Moderate' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pain spreading to the arm, jaw or neck' }));
    await waitFor(() => expect(urgentNotice().getAttribute('data-urgency')).toBe('emergency'));
    expect(firstAfterHeader()).toBe(urgentNotice());
    expect(urgentNotice().textContent).toMatch(/^Call an ambulance now.*your emergency number \(112/);
  });

  it('puts the emergency message before the see-a-doctor one when both are called for', async () => {
    render(<PanelStoringCheckIns />);
    fireEvent.click(screen.getByRole('radio', { name: 'Severe' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tingling or numbness in one arm' }));
    await waitFor(() => expect(urgentNotice().getAttribute('data-urgency')).toBe('doctor'));
    expect(urgentNotice().textContent).toMatch(/hold off running; keep gently moving/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chest pain, pressure or tightness' }));
    await waitFor(() => expect(urgentNotice().getAttribute('data-urgency')).toBe('emergency'));
    const levels = [...urgentNotice().querySelectorAll('[data-urgency-level]')].map((part) =>
      part.getAttribute('data-urgency-level'),
    );
    expect(levels).toEqual(['emergency', 'doctor']);
    expect(firstAfterHeader()).toBe(urgentNotice());
  });
});
