import { FOOT_SPORTS } from '../run/run-facts';
import type { HistoryEntry } from './history-entry';
import { dayNumber, wallClockMs } from './wall-clock';

/** One Monday-to-Sunday week of running on the runner's own clock. */
export interface WeekVolume {
  /** The week's Monday, as `dayNumber` counts days. */
  weekStartDay: number;
  /** Distance of the week's runs whose distance is known. */
  distanceM: number;
  runs: number;
}

/** Day 0 (1 January 1970) was a Thursday: three days after a Monday. */
const DAYS_AFTER_MONDAY_ON_DAY_0 = 3;

/** The Monday of the week a day falls in. */
export function mondayOf(day: number): number {
  return day - ((((day + DAYS_AFTER_MONDAY_ON_DAY_0) % 7) + 7) % 7);
}

/**
 * The running distance of each of the last `weeks` weeks, oldest first, the last one being
 * the week `endWallClock` falls in. Only runs with a start time count: a run without one
 * cannot be put in a week.
 */
export function weeklyVolumes(log: readonly HistoryEntry[], endWallClock: number, weeks = 12): WeekVolume[] {
  const lastMonday = mondayOf(dayNumber(endWallClock));
  const firstMonday = lastMonday - 7 * (weeks - 1);
  const volumes: WeekVolume[] = Array.from({ length: weeks }, (_, index) => ({
    weekStartDay: firstMonday + 7 * index,
    distanceM: 0,
    runs: 0,
  }));
  for (const entry of log) {
    const when = wallClockMs(entry.startTime);
    if (when === undefined || !FOOT_SPORTS.includes(entry.sport)) continue;
    const week = volumes[(mondayOf(dayNumber(when)) - firstMonday) / 7];
    if (week === undefined) continue;
    week.runs++;
    week.distanceM += entry.distanceM ?? 0;
  }
  return volumes;
}
