import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { OptionsView } from '../../../src/ui/OptionsView';
import { loadStored, seed } from '../stored';
import { startBackgroundForViews } from '../views-background';

describe('OptionsView', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackgroundForViews();
  });

  it('asks the first-run questions once, and they can be skipped', async () => {
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(async () => expect((await loadStored('settings')).firstRunDone).toBe(true));
    expect(screen.queryByTestId('first-run')).toBeNull();
  });

  it('tunes long and fast from the first-run answers', async () => {
    render(<OptionsView />);
    fireEvent.input(await screen.findByRole('textbox', { name: /typical long run/i }), { target: { value: '20' } });
    fireEvent.input(screen.getByRole('textbox', { name: /easy pace/i }), { target: { value: '6:00' } });
    fireEvent.click(screen.getByRole('radio', { name: /less than a year/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await loadStored('settings')).thresholds.longDistanceM).toBeCloseTo(18_000));
    expect((await loadStored('settings')).experience).toBe('new');
  });

  it('saves a valid threshold and explains an invalid one without saving it', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    const longRun = await screen.findByRole('textbox', { name: /a run is long from/i });

    fireEvent.input(longRun, { target: { value: '500' } });
    fireEvent.change(longRun);
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a value between 3–100 km.');
    expect(longRun.getAttribute('aria-invalid')).toBe('true');
    expect((await loadStored('settings')).thresholds.longDistanceM).toBe(15_000);

    fireEvent.input(longRun, { target: { value: '21' } });
    fireEvent.change(longRun);
    await waitFor(async () => expect((await loadStored('settings')).thresholds.longDistanceM).toBe(21_000));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the marks in miles when the runner chooses miles', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Miles' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /a run is long from/i }) as HTMLInputElement).value).toBe('9.3'),
    );
  });

  it('says Saved only once the change is stored', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Miles' }));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toBe('Saved.'));
    expect((await loadStored('settings')).units).toBe('mi');
  });

  it('says a change was not saved when a newer Backstride wrote the settings, and keeps them', async () => {
    const newer = { settings: { shape: 'of a later version' }, settings$: { v: 99 } };
    await fakeBrowser.storage.local.set(newer);
    render(<OptionsView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(() =>
      expect(screen.getByTestId('options-status').textContent).toMatch(/^Not saved: a newer version/),
    );
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual(newer);
  });

  it('says a change was not saved when the browser refused to store it', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    const miles = await screen.findByRole('radio', { name: 'Miles' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(miles);
    await waitFor(() =>
      expect(screen.getByTestId('options-status').textContent).toBe(
        'Not saved: the browser did not let Backstride keep the change. Please try again.',
      ),
    );
    expect((await loadStored('settings')).units).toBe('auto');
  });

  it('keeps a site paused from the popup while it is open, and shows changes made elsewhere', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
    render(<OptionsView />);
    const longRun = await screen.findByRole('textbox', { name: /a run is long from/i });
    // The popup pauses Strava; the options page was opened before that.
    await fakeBrowser.runtime.sendMessage({ type: 'pause-site', site: 'strava', paused: true });
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Strava/ }) as HTMLInputElement).checked).toBe(false),
    );

    fireEvent.input(longRun, { target: { value: '21' } });
    fireEvent.change(longRun);
    await waitFor(async () => expect((await loadStored('settings')).thresholds.longDistanceM).toBe(21_000));
    expect((await loadStored('settings')).pausedSites).toEqual(['strava']);

    // Another window sets the mark again: the field follows what is stored.
    await fakeBrowser.runtime.sendMessage({
      type: 'change-settings',
      change: { thresholds: { longDistanceM: 18_000 } },
    });
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /a run is long from/i }) as HTMLInputElement).value).toBe('18'),
    );
  });

  it('fills in the first-run answers from the runs it already knows, to change at will', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const history = [2, 5, 9, 12, 16, 19, 23].map((daysAgo, index) => ({
      key: `strava:${index + 1}`,
      site: 'strava' as const,
      activityId: String(index + 1),
      sport: 'run' as const,
      startTime: `${day(daysAgo)}T07:00:00`,
      distanceM: index % 2 ? 20_000 : 8000,
      movingTimeS: index % 2 ? 7200 : 2880,
      seenAt: 1,
      signals: [],
      from: 'import' as const,
    }));
    await seed('history', history);
    render(<OptionsView />);
    await screen.findByTestId('first-run-from-history');
    expect((screen.getByRole('textbox', { name: /typical long run/i }) as HTMLInputElement).value).toBe('20');
    expect((screen.getByRole('textbox', { name: /easy pace/i }) as HTMLInputElement).value).toBe('6:00');
  });
});
