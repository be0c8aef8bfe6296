// Times the background's judgement against a long history, in Node: the work done for every
// run opened once years of runs are known.
import { evaluateRun } from '../../src/background/evaluate-run';
import type { CoveredSpan } from '../../src/history/coverage';
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
