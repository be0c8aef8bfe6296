import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { garminFixture } from '../../fixtures/garmin-connect/payloads';
import { PANEL_SHOWN, snapshotPanel } from '../support/panel-probe';
import type { ScenarioGroup } from '../support/scenarios';

const MY_ACTIVITIES = 'https://www.strava.com/athlete/training';
/** A virtual run that only the activity list holds: no fixture page shows it. */
const LISTED_ONLY = 'strava:12000001001';
const LONGEST_IN_A_MONTH = garminFixture('run-longest-in-a-month.json');
const DAY_MS = 86_400_000;

/**
 * The runner's history from their own lists and exports. Runs last in each browser: the
 * runs it logs would change what earlier scenarios' runs are compared with.
 */
export const historyScenarios: ScenarioGroup = ({ open, openExtensionPage }) => {
  it('logs the runs of My Activities as the page loads them, and lists where each came from', async () => {
    await open(MY_ACTIVITIES);
    const options = await openExtensionPage('options.html');
    await options.waitForSelector(`tr[data-activity="${LISTED_ONLY}"]`);
    expect(await options.textOf(`tr[data-activity="${LISTED_ONLY}"]`)).toContain('your activity list');
    // A ride in the same list is not a run.
    expect(await options.evaluate(() => document.querySelector('tr[data-activity="strava:12000000004"]'))).toBeNull();
  });

  it('then calls a run far longer than the longest of the 30 days before a spike, with the numbers', async () => {
    await open(MY_ACTIVITIES);
    const page = await open(LONGEST_IN_A_MONTH.url);
    await page.waitFor(PANEL_SHOWN);
    const panel = await page.evaluate(snapshotPanel);
    expect(panel.signals).toContain('spike');
    expect(panel.text).toMatch(/32\.0 km, \d+ % longer than your longest run of the 30 days before \(\d+\.\d km\)/);
    expect(panel.tipIds).toContain('overuse');
  });

  it('imports a Strava activities.csv after a preview, and its runs fill the weekly chart', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="import-history"] input[type="file"]');
    const csv = recentStravaExport();
    await options.evaluateWith((text) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-history"] input[type="file"]');
      if (!input) throw new Error('no file input');
      const files = new DataTransfer();
      files.items.add(new File([text], 'activities.csv', { type: 'text/csv' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, csv.text);
    await options.waitForSelector('[data-testid="import-preview"]');
    expect(await options.textOf('[data-testid="import-preview"]')).toContain(`${csv.runs} runs`);
    await options.click('[data-testid="import-preview"] button.bs-button:not(.bs-button-quiet)');
    await options.waitForSelector('[data-testid="coverage"]');

    const sidePanel = await openExtensionPage('sidepanel.html');
    await sidePanel.click('[data-tab="insights"]');
    await sidePanel.waitForSelector('[data-testid="weekly-volume"]');
    const weeksWithRuns = await sidePanel.evaluate(
      () =>
        document.querySelectorAll('[data-testid="weekly-volume"] [data-week][data-runs]:not([data-runs="0"])').length,
    );
    expect(weeksWithRuns).toBeGreaterThanOrEqual(4);
  });
};

/** Our English `activities.csv` fixture, its runs moved to the last five weeks (one every fourth day). */
function recentStravaExport(): { text: string; runs: number } {
  const fixture = readFileSync(join(FIXTURES_DIR, 'exports', 'strava-activities-en.csv'), 'utf8');
  const [header = '', template = ''] = fixture.split(/\r?\n/);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const rows = Array.from({ length: 9 }, (_, index) => {
    const day = new Date(Date.now() - (2 + 4 * index) * DAY_MS);
    const date = `"${months[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, 7:05:10 AM"`;
    return template.replace(/^\d+,"[^"]*"/, `${31_000_000_000 + index},${date}`);
  });
  return { text: [header, ...rows].join('\r\n'), runs: rows.length };
}
