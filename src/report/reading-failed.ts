import { isRun, type RunFacts } from '../run/run-facts';

/**
 * Whether the reader failed on an activity page: nothing read, the sport not read, or a
 * run without its distance. A sport that was read and is not on foot (a ride) is no failure,
 * even without a distance: it is "not a run", and no running tip fits it anyway.
 */
export function readingFailed(run: RunFacts | null): boolean {
  if (run === null || run.sources?.sport === undefined) return true;
  if (!isRun(run)) return false;
  return run.distanceM === undefined;
}
