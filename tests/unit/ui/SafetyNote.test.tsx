import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { redFlagsAt } from '../../../src/checkins/red-flags';
import { SafetyNote } from '../../../src/ui/SafetyNote';

describe('SafetyNote', () => {
  it('lists every red flag the check-in asks about, under how soon it needs help', () => {
    render(<SafetyNote />);
    const note = screen.getByRole('note');
    for (const level of ['emergency', 'doctor'] as const) {
      const listed = [...note.querySelectorAll(`[data-signs="${level}"] [data-sign]`)].map((sign) =>
        sign.getAttribute('data-sign'),
      );
      expect(listed).toEqual(redFlagsAt(level));
    }
    expect(note.querySelector('[data-signs="emergency"] li')?.textContent).toBe('Chest pain, pressure or tightness');
  });

  it('says when to call an ambulance, and that pain on effort eased by rest needs a doctor before the next run', () => {
    render(<SafetyNote />);
    const note = screen.getByRole('note');
    expect(note.querySelector('[data-triage="emergency"]')?.textContent).toBe(
      'Call an ambulance now on your emergency number (112 in Europe, 999 in the UK, 911 in the US) if back pain comes with chest pain or another emergency sign below.',
    );
    expect(note.querySelector('[data-triage="doctor"]')?.textContent).toBe(
      'See a doctor before you run again if upper-back or chest pain comes on with effort and eases with rest, and soon for the other signs below.',
    );
  });
});
