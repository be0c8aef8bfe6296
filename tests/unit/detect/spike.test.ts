import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/detect/classify';
import type { SignalEvidence } from '../../../src/detect/signal';
import { computeBaseline } from '../../../src/history/compute-baseline';
import type { CoveredSpan } from '../../../src/history/coverage';
import { entryFromListed, type ListedRun } from '../../../src/history/listed-runs';
import { mergeIntoLog } from '../../../src/history/run-log';
import { dayNumber, wallClockMs } from '../../../src/history/wall-clock';
import type { RunFacts } from '../../../src/run/run-facts';
import { signalReason } from '../../../src/words/signal-words';

const RUN_DAY = '2025-11-20';
const NOW = Date.UTC(2025, 10, 20, 18);
const day = (iso: string) => dayNumber(wallClockMs(`${iso}T00:00:00`) ?? 0);
/** An activity list that spans the 30 days before the run: every run of them is known. */
const LIST_SPAN: CoveredSpan = { from: 'list', firstDay: day('2025-10-01'), lastDay: day(RUN_DAY) };

let nextId = 1;
const listed = (date: string, distanceM: number, sport: ListedRun['sport'] = 'run'): ListedRun => ({
  site: 'strava',
  activityId: String(nextId++),
  sport,
  startTime: `${date}T07:00:00`,
  distanceM,
});

/** Fifteen runs in the 30 days before, the longest 17 km. */
const MONTH: ListedRun[] = [
  ...Array.from({ length: 14 }, (_, index) => listed(`2025-10-${String(22 + (index % 9)).padStart(2, '0')}`, 8000)),
  listed('2025-11-09', 17_000),
];

function spikeOf(
  distanceM: number,
  runs = MONTH,
  spans: CoveredSpan[] = [LIST_SPAN],
  sport: RunFacts['sport'] = 'run',
) {
  const log = mergeIntoLog(
    [],
    runs.map((run) => entryFromListed(run, 'list', NOW - 60 * 86_400_000)),
  );
  const run: RunFacts = { site: 'strava', activityId: '999', sport, distanceM, startTime: `${RUN_DAY}T08:00:00` };
  const baseline = computeBaseline(log, run, NOW, undefined, spans);
  return classify(run, { baseline }).find((signal) => signal.id === 'spike');
}

const gradeOf = (signal: ReturnType<typeof spikeOf>) =>
  (signal?.evidence as Extract<SignalEvidence, { basis: 'longest-recent' }> | undefined)?.grade;

describe('the spike signal (one run much longer than the longest of the 30 days before)', () => {
  it.each([
    ['just as long', 17_000, undefined],
    ['10 % longer: not yet', 18_700, undefined],
    ['11 % longer', 18_870, 'over-10'],
    ['30 % longer: still the first band', 22_100, 'over-10'],
    ['41 % longer', 24_000, 'over-30'],
    ['twice as long: still the second band', 34_000, 'over-30'],
    ['two and a half times as long', 42_200, 'over-100'],
  ] as const)('%s', (_name, distanceM, grade) => {
    expect(gradeOf(spikeOf(distanceM))).toBe(grade);
  });

  it('says the numbers and names the study', () => {
    const spike = spikeOf(24_000);
    expect(spike?.evidence).toMatchObject({ basis: 'longest-recent', distanceM: 24_000, longestM: 17_000 });
    expect(spike && signalReason(spike, 'metric')).toMatch(
      /^24\.0 km, 41 % longer than your longest run of the 30 days before \(17\.0 km\)\. .*Frandsen et al\., BJSM 2025/,
    );
  });

  it('is not judged when the history does not hold every run of those 30 days', () => {
    expect(spikeOf(40_000, MONTH, [])).toBeUndefined();
    const partial: CoveredSpan = { ...LIST_SPAN, firstDay: day('2025-11-01') };
    expect(spikeOf(40_000, MONTH, [partial])).toBeUndefined();
  });

  it('is judged from an import that spans the days, joined with a list', () => {
    const older: CoveredSpan = { from: 'import', firstDay: day('2025-01-01'), lastDay: day('2025-10-25') };
    const newer: CoveredSpan = { from: 'list', firstDay: day('2025-10-26'), lastDay: day(RUN_DAY) };
    expect(gradeOf(spikeOf(24_000, MONTH, [older, newer]))).toBe('over-30');
  });

  it('compares with runs only, and with the 30 days before only', () => {
    const withRide = [...MONTH, listed('2025-11-10', 60_000, 'other')];
    expect(gradeOf(spikeOf(24_000, withRide))).toBe('over-30');
    const longAgo = [...MONTH, listed('2025-10-15', 30_000)];
    expect(gradeOf(spikeOf(24_000, longAgo))).toBe('over-30');
  });

  it('says nothing with no run at all in those days to compare with, nor for a ride', () => {
    expect(spikeOf(24_000, [])).toBeUndefined();
    expect(spikeOf(24_000, MONTH, [LIST_SPAN], 'other')).toBeUndefined();
  });
});
