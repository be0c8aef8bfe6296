import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluateRun } from '../../../src/background/evaluate-run';
import type { ReadingTrace } from '../../../src/report/reading-trace';
import type { RunFacts } from '../../../src/run/run-facts';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { PopupView } from '../../../src/ui/PopupView';
import { SidePanelView } from '../../../src/ui/SidePanelView';
import type { TabState } from '../../../src/view-state/tab-state';

const ACTIVITY_URL = 'https://www.strava.com/activities/12000000001?from=feed';
const RUN_TAB = 20;
const trace: ReadingTrace = {
  checks: { summary: true, 'inline-stats': false },
  layers: ['page-model'],
  attributes: ['type', 'sport_type'],
};
const reportAbout = { version: '0.1.0', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36' };
const unreadable = evaluateRun(ACTIVITY_URL, null, { settings: DEFAULT_SETTINGS, trace, ...reportAbout });
const ride: RunFacts = { site: 'strava', activityId: '12000000001', sport: 'other', sources: { sport: 'page-model' } };

/** The active tab shows the activity, and the background answers with `state` for it. */
function activeTabShows(state: TabState) {
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: RUN_TAB }] as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(state as never);
}

describe('the popup on an activity page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says Backstride could not read the page, and shows the report it would copy', async () => {
    activeTabShows(unreadable);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<PopupView />);

    const verdict = await screen.findByTestId('nothing-to-show');
    expect(verdict.getAttribute('data-why')).toBe('unreadable');
    expect(verdict.textContent).toMatch(/^Backstride could not read this page/);
    expect(screen.queryByText(/not a run/)).toBeNull();
    const text = screen.getByTestId('page-report-text').textContent ?? '';
    expect(text).toMatch(/^Backstride page report\nVersion: 0\.1\.0\n/);
    expect(text).toContain('Page: www.strava.com/activities/<id>\n');
    expect(text).toContain('Checks not matched: inline-stats');
    expect(text).not.toMatch(/12000000001|from=feed/);

    fireEvent.click(screen.getByRole('button', { name: 'Copy page report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/on your clipboard/));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(text);
    expect(screen.getByRole('button', { name: 'Page report copied' })).toBeTruthy();
  });

  it('opens the report for the runner to copy when the browser will not', async () => {
    activeTabShows(unreadable);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    render(<PopupView />);

    fireEvent.click(await screen.findByRole('button', { name: 'Copy page report' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Select the report text/));
    expect(screen.getByTestId('page-report-text').closest('details')?.open).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy page report' })).toBeTruthy();
  });

  it('says a ride is not a run, with no report to copy', async () => {
    activeTabShows(evaluateRun(ACTIVITY_URL, ride, { settings: DEFAULT_SETTINGS }));
    render(<PopupView />);

    expect((await screen.findByTestId('nothing-to-show')).getAttribute('data-why')).toBe('not-a-run');
    expect(screen.queryByRole('button', { name: 'Copy page report' })).toBeNull();
    expect(screen.queryByTestId('page-report')).toBeNull();
  });
});

describe('the side panel on an activity page it could not read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says so, offers the report, and asks for no check-in', async () => {
    const noDistance: RunFacts = { ...ride, sport: 'run', movingTimeS: 2400 };
    activeTabShows(evaluateRun(ACTIVITY_URL, noDistance, { settings: DEFAULT_SETTINGS, trace, ...reportAbout }));
    render(<SidePanelView />);

    expect((await screen.findByTestId('nothing-to-show')).getAttribute('data-why')).toBe('unreadable');
    expect(screen.getByRole('button', { name: 'Copy page report' })).toBeTruthy();
    expect(screen.getByTestId('page-report-text').textContent).toContain('Problem: the distance was not read');
    expect(screen.queryByRole('radio', { name: 'Mild' })).toBeNull();
  });
});
