import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadSettings, saveSettings } from '../../../src/settings/settings-item';
import { OptionsView } from '../../../src/ui/OptionsView';

describe('OptionsView', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the first-run questions once, and they can be skipped', async () => {
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(async () => expect((await loadSettings()).firstRunDone).toBe(true));
    expect(screen.queryByTestId('first-run')).toBeNull();
  });

  it('tunes long and fast from the first-run answers', async () => {
    render(<OptionsView />);
    fireEvent.input(await screen.findByRole('textbox', { name: /typical long run/i }), { target: { value: '20' } });
    fireEvent.input(screen.getByRole('textbox', { name: /easy pace/i }), { target: { value: '6:00' } });
    fireEvent.click(screen.getByRole('radio', { name: /started in the last few months/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await loadSettings()).thresholds.longDistanceM).toBeCloseTo(18_000));
    expect((await loadSettings()).experience).toBe('new');
  });

  it('saves a valid threshold and explains an invalid one without saving it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    const longRun = await screen.findByRole('textbox', { name: /a run is long from/i });

    fireEvent.input(longRun, { target: { value: '500' } });
    fireEvent.change(longRun);
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a value between 3–100 km.');
    expect(longRun.getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).thresholds.longDistanceM).toBe(15_000);

    fireEvent.input(longRun, { target: { value: '21' } });
    fireEvent.change(longRun);
    await waitFor(async () => expect((await loadSettings()).thresholds.longDistanceM).toBe(21_000));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the marks in miles when the runner chooses miles', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Miles' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /a run is long from/i }) as HTMLInputElement).value).toBe('9.3'),
    );
  });
});
