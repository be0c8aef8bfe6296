import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { OptionsView } from '../../../src/ui/OptionsView';
import { fixtureHtml } from '../../fixtures/fixture-files';
import { loadStored, seed } from '../stored';
import { startBackgroundForViews } from '../views-background';

function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText('Choose an export file (CSV)');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

const status = () => screen.getByTestId('options-status').textContent;

describe('ImportHistory (options page)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The day after the fixture's last run: its 30 days before are the file's own.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 12, 0, 0));
    startBackgroundForViews();
    await seed('settings', { ...DEFAULT_SETTINGS, firstRunDone: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('previews an export in words, imports it through the background, and says what it knows of the last 30 days', async () => {
    render(<OptionsView />);
    expect((await screen.findByTestId('coverage')).textContent).toContain(
      'Backstride knows of none of your runs in the last 30 days.',
    );
    expect(screen.getByTestId('coverage').textContent).toContain('open My Activities on Strava');

    chooseFile('activities.csv', fixtureHtml('exports', 'strava-activities-en.csv'));
    expect((await screen.findByTestId('import-preview')).textContent).toContain(
      'Strava account export: 7 runs from 2026-02 to 2026-03; 5 rows skipped: 3 not runs, 1 without a date, 1 with an unreadable number.',
    );
    expect(await loadStored('history')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Import these runs' }));
    await waitFor(() => expect(status()).toBe('Imported 7 new runs.'));
    const history = await loadStored('history');
    expect(history.map((entry) => entry.key).sort()).toEqual(
      ['7100000001', '7100000002', '7100000003', '7100000006', '7100000007', '7100000011', '7100000012'].map(
        (id) => `strava:${id}`,
      ),
    );
    expect(history.every((entry) => entry.from === 'import')).toBe(true);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('coverage').textContent).toContain(
        '5 of your runs in the last 30 days: 5 from an import.',
      ),
    );
    expect(screen.getByTestId('coverage').textContent).toContain('That is all of them');

    // The same file again adds nothing.
    chooseFile('activities.csv', fixtureHtml('exports', 'strava-activities-en.csv'));
    fireEvent.click(await screen.findByRole('button', { name: 'Import these runs' }));
    await waitFor(() => expect(status()).toBe('Nothing new: Backstride already had every run of this file.'));
  });

  it('previews a Garmin file, and cancels without a change', async () => {
    render(<OptionsView />);
    await screen.findByTestId('import-history');
    chooseFile('Activities.csv', fixtureHtml('exports', 'garmin-activities-metric.csv'));
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain(
      'Garmin Connect activities list: 4 runs from 2026-03 to 2026-04; 2 rows skipped: 2 not runs.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await loadStored('history')).toEqual([]);
  });

  it.each([
    ['a foreign CSV', 'bank.csv', fixtureHtml('exports', 'not-an-export.csv'), 'it is neither Strava’s activities.csv'],
    ['a JSON file', 'backstride.json', '{"history": []}', 'it is not a CSV file.'],
  ])('refuses %s calmly and changes nothing', async (_name, fileName, text, reason) => {
    render(<OptionsView />);
    await screen.findByTestId('import-history');
    chooseFile(fileName, text);
    await waitFor(() => expect(status()).toContain('This file cannot be imported:'));
    expect(status()).toContain(reason);
    expect(status()).toContain('Nothing was changed.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import these runs' })).toBeNull();
    expect(await loadStored('history')).toEqual([]);
    expect(await loadStored('historyCoverage')).toEqual([]);
  });
});
