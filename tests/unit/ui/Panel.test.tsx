import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { evaluateRun } from '../../../src/background/evaluate-run';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { Panel } from '../../../src/ui/Panel';
import { hasSomethingToShow } from '../../../src/view-state/tab-state';
import { LONG_RUN_FACTS } from '../long-run-facts';

const longRunState = evaluateRun('https://www.strava.com/activities/12000000001', LONG_RUN_FACTS, {
  settings: DEFAULT_SETTINGS,
});

function renderPanel(overrides: Partial<Parameters<typeof Panel>[0]> = {}) {
  if (!hasSomethingToShow(longRunState)) throw new Error('the long run must have something to show');
  const props = {
    state: longRunState,
    top: 72,
    onClose: vi.fn(),
    onDismiss: vi.fn(),
    onOpenAllTips: vi.fn(async () => true),
    onCheckIn: vi.fn(),
    ...overrides,
  };
  render(<Panel {...props} />);
  return props;
}

describe('Panel', () => {
  it('lists the signals shown and one element per tip, as the contract says', () => {
    renderPanel();
    const panel = screen.getByTestId('backstride-panel');
    expect(panel.getAttribute('data-signals')).toBe('long');
    const tipIds = [...panel.querySelectorAll('[data-tip-id]')].map((tip) => tip.getAttribute('data-tip-id'));
    expect(tipIds).toEqual(['posture', 'overuse', 'chest-stretch']);
  });

  it('shows the run in numbers, how many tips there are, and the doctor note', () => {
    renderPanel();
    expect(screen.getByText('21.1 km · 1:52:03 · 5:19 /km')).toBeTruthy();
    expect(screen.getByTestId('panel-tip-count').textContent).toBe(`All ${longRunState.tips.length} tips`);
    expect(screen.getByRole('note').textContent).toMatch(/Call an ambulance now.*Chest pain, pressure or tightness/);
  });

  it('is a labelled landmark that does not take focus when it appears', () => {
    renderPanel();
    expect(screen.getByRole('complementary', { name: 'Backstride: upper-back tips for this run' })).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });

  it('collapses to a small tab and opens again', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /collapse/i }));
    const tab = screen.getByRole('button', { name: /open the backstride panel/i });
    expect(tab.getAttribute('data-collapsed')).toBe('true');
    expect(tab.textContent).toBe(`Backstride · ${longRunState.tips.length} tips`);
    expect(screen.queryByRole('complementary')).toBeNull();
    fireEvent.click(tab);
    expect(screen.getByRole('complementary')).toBeTruthy();
  });

  it('closes on request and on Escape', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /close/i }));
    fireEvent.keyDown(screen.getByRole('button', { name: /collapse/i }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('says "not for this run"', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Not for this run' }));
    expect(props.onDismiss).toHaveBeenCalledOnce();
  });

  it('opens all tips in the side panel, or says where to find them when the browser will not', async () => {
    const props = renderPanel({ onOpenAllTips: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('button', { name: /^All \d+ tips$/ }));
    expect(props.onOpenAllTips).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Sidebar/));
  });

  it('takes a one-tap check-in', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Mild' }));
    expect(props.onCheckIn).toHaveBeenCalledWith({ soreness: 'mild', areas: [], redFlags: [] });
  });

  it('starts the next run’s check-in blank, whatever was tapped on the last one', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Mild' }));
    if (!hasSomethingToShow(longRunState)) throw new Error('no state');
    const nextRun = { ...longRunState, run: { ...longRunState.run, activityId: '12000000002' } };
    render(<Panel {...props} state={nextRun} />, { container: document.body.firstElementChild as HTMLElement });
    expect((screen.getByRole('radio', { name: 'Mild' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks for no check-in on someone else’s run, and still shows its tips', () => {
    if (!hasSomethingToShow(longRunState)) throw new Error('no state');
    renderPanel({ state: { ...longRunState, run: { ...longRunState.run, athlete: 'someone-else' } } });
    expect(screen.queryByRole('radio', { name: 'Mild' })).toBeNull();
    expect(screen.getByTestId('backstride-panel').querySelectorAll('[data-tip-id]')).toHaveLength(3);
  });

  it('puts the safety message above everything once a check-in has a red flag', () => {
    if (!hasSomethingToShow(longRunState)) throw new Error('no state');
    const checkIn = {
      key: 'strava:12000000001',
      site: 'strava' as const,
      activityId: '12000000001',
      run: { sport: 'run' as const },
      signals: [],
      soreness: 'moderate' as const,
      areas: [],
      redFlags: ['chest-pain' as const],
      recordedAt: 1,
      updatedAt: 1,
    };
    renderPanel({ state: { ...longRunState, checkIn } });
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-urgency')).toBe('emergency');
    expect(alert.textContent).toMatch(/emergency/i);
    const panel = screen.getByTestId('backstride-panel');
    const header = panel.querySelector('header');
    expect(header?.nextElementSibling).toBe(alert);
  });

  it('opens on the best tip with why it fits this run; the other tips are one title each, opened on demand', () => {
    renderPanel();
    const [best, ...others] = screen.getByTestId('backstride-panel').querySelectorAll('[data-tip-id]');
    expect(best?.querySelector('.bs-tip-title')?.textContent).toBe('Run tall, shoulders low');
    expect(best?.querySelector('.bs-tip-why')?.textContent).toBe('Long: 21.1 km, over your 15.0 km long-run mark');
    expect(best?.querySelector('details summary')?.textContent).toBe('What to do');
    expect(others.map((tip) => tip.querySelector(':scope > details > summary')?.textContent)).toEqual([
      'Give your body time to recover',
      'Open up a tight chest',
    ]);
    for (const tip of others) {
      const fold = tip.querySelector(':scope > details') as HTMLDetailsElement;
      expect(fold.open).toBe(false);
      expect(fold.querySelector('.bs-tip-why')?.textContent).toMatch(/^Long: 21\.1 km/);
      expect(fold.querySelectorAll('.bs-steps li').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the safety line short, with the full wording and every sign one click away', () => {
    renderPanel();
    const note = screen.getByRole('note');
    const line = [...note.querySelectorAll(':scope > [data-triage]')].map((part) => part.textContent);
    expect(line).toEqual([
      'Call an ambulance now if back pain comes with chest pain (112 Europe · 999 UK · 911 US).',
      'See a doctor before you run again if the pain comes with effort and eases with rest.',
    ]);
    expect(note.querySelector('details')?.textContent).toMatch(/112 in Europe, 999 in the UK, 911 in the US/);
  });

  it('says the reason of a signal no shown tip answers', () => {
    if (!hasSomethingToShow(longRunState)) throw new Error('no state');
    const hot = { id: 'hot' as const, evidence: { basis: 'temperature' as const, temperatureC: 29, thresholdC: 24 } };
    renderPanel({ state: { ...longRunState, signals: [...longRunState.signals, hot] } });
    expect(screen.getByRole('list', { name: 'Also about this run' }).textContent).toMatch(/^Hot: /);
  });
});
