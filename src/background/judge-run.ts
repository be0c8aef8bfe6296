import type { ReadingTrace } from '../report/reading-trace';
import type { RunFacts } from '../run/run-facts';
import type { Brain } from './brain';
import { checkPage } from './check-page';
import { hasPanelInPage } from './panel-in-page';
import { logRun } from './tab-actions';

/** A run read in a tab (null when nothing could be), with how reading went when it failed. */
export interface SeenRun {
  url: string;
  run: RunFacts | null;
  trace?: ReadingTrace;
  /** Nothing of ours has been shown in this document yet: no panel can be in it. */
  firstInPage?: boolean;
}

/** Judges a run seen in a tab, shows what fits it and logs it. Call it in the tab's turn (`brain.inTab`). */
export async function judgeRun(brain: Brain, tabId: number, seen: SeenRun): Promise<void> {
  let state = await brain.evaluate(seen.url, seen.run, 0, seen.trace);
  // Reading failed on a site that is not paused: the page's own checks go into the report.
  if (state.pageReport !== undefined)
    state = await brain.evaluate(seen.url, seen.run, 0, await withPageChecks(tabId, seen));
  // A page the reader has only just read has no panel yet, unless one was put in warm.
  await brain.replaceTabState(tabId, state, seen.firstInPage === true && !hasPanelInPage(tabId));
  await logRun(brain, state);
}

/** A failed reading's trace, with what the page itself had (the site's named checks). */
async function withPageChecks(tabId: number, seen: SeenRun) {
  if (seen.trace === undefined) return undefined;
  const checks = await checkPage(tabId, seen.url);
  return { ...seen.trace, checks: { ...seen.trace.checks, ...checks } };
}
