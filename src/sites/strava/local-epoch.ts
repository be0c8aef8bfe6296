/** Years an activity can be from (Strava began in 2009): a date outside them is a misread. */
const EPOCH_RANGE_S = [Date.UTC(2000, 0, 1) / 1000, Date.UTC(2100, 0, 1) / 1000] as const;

/**
 * Strava's local start (`startDateLocal` on an activity page, `start_date_local_raw` in the
 * activity list): the runner's wall-clock time written as if it were a UTC epoch, in seconds.
 * "2025-12-30T01:00:00", local time, no zone; undefined for anything else.
 */
export function wallClockOfLocalEpoch(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
  if (seconds < EPOCH_RANGE_S[0] || seconds >= EPOCH_RANGE_S[1]) return undefined;
  return new Date(Math.round(seconds) * 1000).toISOString().slice(0, 19);
}
