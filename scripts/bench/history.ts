// Times the background's judgement against a long history, in Node: the work done for every
// run opened once years of runs are known.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateRun } from '../../src/background/evaluate-run';
import type { CoveredSpan } from '../../src/history/coverage';
import { parseExportFile } from '../../src/history/import/export-file';
import { entryFromListed, type ListedRun } from '../../src/history/listed-runs';
import { mergeIntoLog } from '../../src/history/run-log';
import { dayNumber, wallClockMs } from '../../src/history/wall-clock';
import type { RunFacts } from '../../src/run/run-facts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const DAY_MS = 86_400_000;

/** `count` runs, one every 17 hours back from the day before `end`, of 5–25 km. */
export function syntheticRuns(count: number, end = Date.UTC(2026, 10, 30)): ListedRun[] {
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(end - DAY_MS - index * 17 * 3_600_000);
    const distanceM = 5000 + ((index * 7919) % 20_000);
    return {
      site: 'strava',
      activityId: String(20_000_000_000 + index),
      sport: 'run',
      startTime: start.toISOString().slice(0, 19),
      distanceM,
      movingTimeS: distanceM * 0.33,
    };
  });
}

/** Milliseconds per evaluation of one run against `entries` history entries: median of `repeats`. */
export function measureClassify(entries = 5000, repeats = 50): { entries: number; medianMs: number } {
  const runs = syntheticRuns(entries);
  const history = mergeIntoLog(
    [],
    runs.map((run) => entryFromListed(run, 'import', Date.now())),
  );
  const days = runs.map((run) => dayNumber(wallClockMs(run.startTime) ?? 0));
  const coverage: CoveredSpan[] = [{ from: 'import', firstDay: Math.min(...days), lastDay: Math.max(...days) + 1 }];
  const run: RunFacts = {
    site: 'strava',
    activityId: '1',
    sport: 'run',
    distanceM: 32_000,
    movingTimeS: 10_000,
    startTime: '2026-11-30T08:00:00',
    sources: { sport: 'page-model', distanceM: 'page-model', movingTimeS: 'page-model', startTime: 'page-model' },
  };
  const samples: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const started = performance.now();
    const state = evaluateRun('https://www.strava.com/activities/1', run, {
      settings: DEFAULT_SETTINGS,
      history,
      coverage,
    });
    samples.push(performance.now() - started);
    if (!state.signals.some((signal) => signal.id === 'spike')) throw new Error('the bench run should be a spike');
  }
  return { entries: history.length, medianMs: medianOf(samples) };
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(median * 100) / 100;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Strava `activities.csv` of `rows` runs in the shape of our English fixture (one run a day, back from 2026). */
export function stravaExport(rows: number): string {
  const fixture = readFileSync(
    join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'exports', 'strava-activities-en.csv'),
    'utf8',
  );
  const [header = '', template = ''] = fixture.split(/\r?\n/);
  const lines = Array.from({ length: rows }, (_, index) => {
    const day = new Date(Date.UTC(2026, 10, 1) - index * DAY_MS);
    const date = `"${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, 7:05:10 AM"`;
    return template.replace(/^\d+,"[^"]*"/, `${30_000_000_000 + index},${date}`);
  });
  return [header, ...lines].join('\r\n');
}

/** Milliseconds to read and check a Strava export of `rows` runs, as the options page does before its preview. */
export function measureImport(rows = 3000, repeats = 10): { rows: number; runs: number; medianMs: number } {
  const text = stravaExport(rows);
  const samples: number[] = [];
  let runs = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    const started = performance.now();
    const preview = parseExportFile(text, 'activities.csv');
    samples.push(performance.now() - started);
    runs = preview.ok ? preview.runs.length : 0;
  }
  if (runs !== rows) throw new Error(`the bench export should give ${rows} runs, gave ${runs}`);
  return { rows, runs, medianMs: medianOf(samples) };
}
