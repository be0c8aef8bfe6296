import type { CoverageSummary } from '../history/coverage';
import { DAY_MS } from '../history/wall-clock';
import type { WeekVolume } from '../history/weekly-volume';
import type { WhatIf } from '../history/what-if';
import { formatDistance, formatRatio, type UnitSystem } from '../run/format';
import { currentLocale, t } from './language';
import type { MessageKey } from './messages/en';

const counted = (stem: string, count: number) => `${stem}.${count === 1 ? 'one' : 'other'}` as MessageKey;

const distanceText = (distanceM: number, units: UnitSystem) => formatDistance(distanceM, units, currentLocale());

/** A day (a week by its Monday) on the wall-clock scale: "Mar 16" (short) or "Mar 16, 2026" (long), in the views' language. */
export function dayText(day: number, style: 'short' | 'long' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' };
  // Days are counted on the wall-clock scale, whose days start at midnight UTC.
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(new Date(day * DAY_MS));
}

/** The chart's summary for a screen reader: how much in all, and the biggest week. */
export function weeklyChartLabel(weeks: readonly WeekVolume[], units: UnitSystem): string {
  const total = weeks.reduce((sum, week) => sum + week.distanceM, 0);
  const most = weeks.reduce<WeekVolume | undefined>(
    (best, week) => (best === undefined || week.distanceM > best.distanceM ? week : best),
    undefined,
  );
  if (most === undefined || total <= 0) return t('weekly.chartEmpty', { weeks: weeks.length });
  return t('weekly.chart', {
    weeks: weeks.length,
    total: distanceText(total, units),
    most: distanceText(most.distanceM, units),
    mostWeek: dayText(most.weekStartDay, 'long'),
  });
}

/**
 * This week against the one before, as context: "This week so far 32.0 km, 12 % more than
 * the week before (28.6 km)". A change, never a judgement.
 */
export function weeklyChangeText(weeks: readonly WeekVolume[], units: UnitSystem): string | undefined {
  const [before, latest] = weeks.slice(-2);
  if (latest === undefined || before === undefined) return undefined;
  const distance = distanceText(latest.distanceM, units);
  if (before.distanceM <= 0) return t('weekly.change.noneBefore', { distance });
  const previous = distanceText(before.distanceM, units);
  const percent = Math.round((latest.distanceM / before.distanceM - 1) * 100);
  if (percent === 0) return t('weekly.change.same', { distance, previous });
  return t(percent > 0 ? 'weekly.change.more' : 'weekly.change.less', {
    distance,
    previous,
    percent: Math.abs(percent),
  });
}

/**
 * What a run of this distance today would be, against the longest of the last 30 days:
 * "25.0 km would be 47 % longer than your longest run of the last 30 days (17.0 km): a spike."
 */
export function whatIfText(result: WhatIf, distanceM: number, units: UnitSystem): string {
  const distance = distanceText(distanceM, units);
  if (!result.judged) return t('whatIf.notJudged');
  const { longestM, percentLonger } = result;
  if (longestM === undefined) return t('whatIf.noRecentRun', { distance });
  const longest = distanceText(longestM, units);
  if (result.spike && percentLonger !== undefined) {
    return t('whatIf.spike', { distance, longest, percent: spikePercent(percentLonger) });
  }
  if (percentLonger !== undefined && percentLonger > 0) return t('whatIf.withinTen', { distance, longest });
  return t('whatIf.notLonger', { distance, longest });
}

/** Whole percents, except where rounding would make a spike read as "10 %", the mark it is over. */
function spikePercent(percentLonger: number): string {
  const whole = Math.round(percentLonger);
  return whole > 10 ? String(whole) : formatRatio(percentLonger, currentLocale());
}

/** What Backstride holds of the 30 days before a run, or how to let it judge a spike. */
export function runCoverageText(summary: CoverageSummary): string {
  if (!summary.covered) return t('runCoverage.gap');
  if (summary.runs === 0) return t('runCoverage.covered.none');
  const sources = (['list', 'import', 'page'] as const)
    .filter((source) => summary.bySource[source] > 0)
    .map((source) => t(`coverage.from.${source}`, { count: summary.bySource[source] }))
    .join(', ');
  return t(counted('runCoverage.covered', summary.runs), { count: summary.runs, sources });
}
