import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluateRun } from '../../../src/background/evaluate-run';
import type { CoveredSpan } from '../../../src/history/coverage';
import type { HistoryEntry, HistorySource } from '../../../src/history/history-entry';
import { dayNumber, wallClockMs } from '../../../src/history/wall-clock';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { InsightsView } from '../../../src/ui/InsightsView';
import { RunCoverage } from '../../../src/ui/RunCoverage';
import { SidePanelView } from '../../../src/ui/SidePanelView';
import { WhatIf } from '../../../src/ui/WhatIf';
import { LANGUAGES } from '../../../src/words/all-languages';
import { speak } from '../../../src/words/language';
import { LONG_RUN_FACTS } from '../long-run-facts';
import { seed } from '../stored';

const day = (date: string) => dayNumber(wallClockMs(`${date}T00:00:00`) ?? Number.NaN);

let nextId = 1;
function ran(startTime: string, distanceM: number, from: HistorySource = 'list'): HistoryEntry {
  const activityId = String(nextId++);
  return {
    key: `strava:${activityId}`,
    site: 'strava',
    activityId,
    sport: 'run',
    startTime,
    distanceM,
    seenAt: Date.UTC(2026, 2, 18),
    signals: [],
    from,
  };
}

// Today is Wednesday 18 March 2026, at noon on the runner's clock.
const HISTORY = [
  ran('2026-03-17T07:00:00', 10_000),
  ran('2026-03-16T18:00:00', 6000, 'page'),
  ran('2026-03-08T07:00:00', 17_000),
  ran('2026-03-04T07:00:00', 8000),
  ran('2026-02-26T07:00:00', 12_000, 'page'),
];
const LISTED: CoveredSpan[] = [{ from: 'list', firstDay: day('2026-02-01'), lastDay: day('2026-03-18') }];

const typeDistance = (text: string) =>
  fireEvent.input(screen.getByLabelText('Distance (km)'), { target: { value: text } });
const answer = () => screen.getByTestId('what-if-answer').textContent;

describe('the side panel’s history views', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 18, 12, 0, 0));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('charts 12 weeks of distance with the numbers in a table, the run’s week marked, and this week against the last', async () => {
    await seed('history', HISTORY);
    render(<InsightsView markWeekOf="2026-03-04T07:00:00+01:00" />);

    const table = await screen.findByTestId('weekly-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 4)).toEqual([
      ['Mar 16, 2026', '16.0 km', '2'],
      ['Mar 9, 2026', '0.0 km', '0'],
      ['Mar 2, 2026 (week of this run)', '25.0 km', '2'],
      ['Feb 23, 2026', '12.0 km', '1'],
    ]);
    expect(rows.at(-1)).toEqual(['Dec 29, 2025', '0.0 km', '0']);

    const chart = screen.getByLabelText(/^Running distance per week/);
    expect(chart.getAttribute('aria-label')).toBe(
      'Running distance per week, the last 12 weeks: 53.0 km in all, the most 25.0 km in the week of Mar 2, 2026.',
    );
    // Each week is reached by keyboard and names itself, on hover and focus alike.
    const weeks = [...chart.querySelectorAll('g[role="img"]')];
    expect(weeks.map((week) => week.getAttribute('tabindex'))).toEqual(Array(12).fill('0'));
    expect(weeks.at(-2)?.getAttribute('aria-label')).toBe('Week of Mar 9, 2026: 0.0 km · Runs: 0');
    expect(weeks.at(-4)?.querySelector('title')?.textContent).toBe('Week of Feb 23, 2026: 12.0 km · Runs: 1');
    expect(weeks.at(-4)?.querySelector('.bs-chart-point-label')?.textContent).toBe(
      'Week of Feb 23, 2026: 12.0 km · Runs: 1',
    );
    const bars = [...chart.querySelectorAll<SVGRectElement>('rect.bs-weekly-bar')];
    expect(bars).toHaveLength(12);
    expect(bars.map((bar) => bar.dataset.runs).slice(-4)).toEqual(['1', '2', '0', '2']);
    expect(bars.filter((bar) => bar.getAttribute('data-marked') === 'true').map((bar) => bar.dataset.week)).toEqual([
      String(day('2026-03-02')),
    ]);
    // The biggest week fills the chart's height; an empty week has no bar to see.
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(Math.max(...heights)).toBe(heights[9]);
    expect(heights[10]).toBe(0);

    expect(screen.getByTestId('weekly-change').textContent).toBe('This week so far 16.0 km; no runs the week before.');
  });

  it('shows miles when the runner chose them, and says the change in percent', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, units: 'mi' });
    await seed('history', [ran('2026-03-10T07:00:00', 10_000), ran('2026-03-17T07:00:00', 11_200)]);
    render(<InsightsView />);

    const table = await screen.findByTestId('weekly-table');
    expect(table.querySelector('tbody tr')?.textContent).toBe('Mar 16, 20267.0 mi1');
    expect(table.querySelector('[data-marked]')).toBeNull();
    expect(screen.getByTestId('weekly-change').textContent).toBe(
      'This week so far 7.0 mi, 12 % more than the week before (6.2 mi).',
    );
  });

  it('says how to fill an empty history', async () => {
    render(<InsightsView />);
    const weekly = await screen.findByTestId('weekly-volume');
    await waitFor(() => expect(weekly.textContent).toContain('No dated runs in these weeks yet.'));
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says at once whether a planned run would be a spike against the last 30 days', async () => {
    await seed('history', HISTORY);
    await seed('historyCoverage', LISTED);
    render(<WhatIf />);
    await screen.findByLabelText('Distance (km)');
    expect(answer()).toBe('');

    typeDistance('25');
    expect(answer()).toBe('25.0 km would be 47 % longer than your longest run of the last 30 days (17.0 km): a spike.');
    typeDistance('18.5');
    expect(answer()).toBe(
      '18.5 km would be within 10 % of your longest run of the last 30 days (17.0 km): not a spike.',
    );
    typeDistance('12');
    expect(answer()).toBe(
      '12.0 km would be no longer than your longest run of the last 30 days (17.0 km): not a spike.',
    );
    typeDistance('twelve');
    expect(answer()).toBe('Type a distance as a number, like 12 or 12.5.');
    expect(screen.getByLabelText('Distance (km)').getAttribute('aria-invalid')).toBe('true');
  });

  it('says what would make a judgement possible when the last 30 days are not all known', async () => {
    await seed('history', HISTORY);
    render(<WhatIf />);
    await screen.findByLabelText('Distance (km)');
    typeDistance('25');
    expect(answer()).toBe(
      'Backstride cannot tell yet: it may not have all your runs of the last 30 days. Open My Activities on Strava or your activities list on Garmin Connect, or import your export in the options.',
    );
  });

  it('reads the distance the way the runner’s language writes it', async () => {
    speak(LANGUAGES.de);
    await seed('history', HISTORY);
    await seed('historyCoverage', LISTED);
    render(<WhatIf />);
    fireEvent.input(await screen.findByLabelText('Strecke (km)'), { target: { value: '25,5' } });
    expect(answer()).toBe(
      '25,5 km wären 50 % länger als dein längster Lauf der letzten 30 Tage (17,0 km): ein Belastungssprung.',
    );
  });

  it('says which runs of the 30 days before a run Backstride holds, or that a spike could not be judged', async () => {
    await seed('history', HISTORY);
    const { unmount } = render(<RunCoverage startTime="2026-03-18T07:00:00" />);
    expect((await screen.findByTestId('run-coverage')).textContent).toMatch(
      /^Whether this run was a spike could not be judged: .* open My Activities on Strava/,
    );
    unmount();

    await seed('historyCoverage', LISTED);
    render(<RunCoverage startTime="2026-03-18T07:00:00" />);
    await waitFor(() =>
      expect(screen.getByTestId('run-coverage').textContent).toBe(
        '5 of your runs in the 30 days before this one: 3 from your activity list, 2 from pages you opened.',
      ),
    );
  });

  it('puts the coverage line and the planning form under the run, and marks the run’s week in Insights', async () => {
    await seed('history', HISTORY);
    await seed('historyCoverage', LISTED);
    const run = { ...LONG_RUN_FACTS, startTime: '2026-03-08T07:00:00' };
    const state = evaluateRun('https://www.strava.com/activities/12000000001', run, { settings: DEFAULT_SETTINGS });
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 20 }] as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(state as never);
    render(<SidePanelView />);

    expect((await screen.findByTestId('run-coverage')).textContent).toBe(
      '2 of your runs in the 30 days before this one: 1 from your activity list, 1 from pages you opened.',
    );
    expect(await screen.findByTestId('what-if')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Insights' }));
    const marked = (await screen.findByTestId('weekly-table')).querySelector('[data-marked="true"]');
    expect(marked?.textContent).toMatch(/^Mar 2, 2026 \(week of this run\)25\.0 km2$/);
  });
});
