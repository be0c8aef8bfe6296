import { readingFailed } from '../report/reading-failed';
import type { ReadingTrace } from '../report/reading-trace';
import { isRun, type RunFacts } from '../run/run-facts';
import { garminPageIsReadable, readGarminPage } from './garmin-connect/reader';
import { activityOfUrl } from './match-patterns';
import type { PageReading, ReadingVerdict } from './page-reading';
import { pageReadingFrom } from './page-reading-from';
import { readStravaPage, stravaPageIsReadable } from './strava/reader';

export interface PageInterpretation {
  verdict: ReadingVerdict;
  /** The run read, or null when nothing could be; while the page is not ready, what it shows so far. */
  run?: RunFacts | null;
  /** How reading went, when it failed (names only). */
  trace?: ReadingTrace;
}

/**
 * What a reader collected at `url`, read in the background: the run, and whether the reader
 * should go on watching the page (`not-yet`: it shows neither the distance nor that it is no
 * run). Once the reader waits no longer (`settled`), whatever could be read is the answer.
 * Null when `url` is no activity page of a site we read. Never throws.
 */
export function interpretPage(url: string, collected: unknown, settled: boolean): PageInterpretation | null {
  const activity = activityOfUrl(url);
  if (activity === null) return null;
  let run: RunFacts | null = null;
  let readable = false;
  const page = pageReadingFrom(collected, activity.site);
  try {
    if (page !== null) [run, readable] = readPage(page, activity.activityId);
  } catch {
    // A page we cannot read is reported as such.
  }
  if (!readable && !settled) return { verdict: 'not-yet', run };
  const verdict = run !== null && run.sources?.sport !== undefined && !isRun(run) ? 'not-a-run' : 'read';
  return { verdict, run, ...(readingFailed(run) && { trace: traceOf(run, page) }) };
}

export function readPage(page: PageReading, activityId: string): [run: RunFacts | null, readable: boolean] {
  if (page.site === 'strava') {
    const run = readStravaPage(page, activityId);
    return [run, stravaPageIsReadable(page, run)];
  }
  return [readGarminPage(page, activityId), garminPageIsReadable(page)];
}

/**
 * What the reading alone says of a failure: whether the page's own data came, the layers that
 * gave values, and the names of that data's attributes. The background adds the site's
 * named checks on the page.
 */
function traceOf(run: RunFacts | null, page: PageReading | null): ReadingTrace {
  const data = page?.site === 'strava' ? page.model : page?.app;
  return {
    checks: { 'page-data': data !== undefined },
    layers: [...new Set(Object.values(run?.sources ?? {}))],
    attributes: Object.keys(data ?? {}),
  };
}
