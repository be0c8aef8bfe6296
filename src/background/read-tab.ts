import { browser } from 'wxt/browser';
import type { RunFacts } from '../run/run-facts';
import { interpretPage } from '../sites/interpret-page';
import { activityKeyOf, siteOfUrl } from '../sites/match-patterns';
import type { Brain } from './brain';
import { injectReader, readerAnswers } from './inject-reader';
import { judgeRun } from './judge-run';

/**
 * Sees that the activity in a loaded tab is read: by the reader already there; by the tab's
 * title alone when it says the activity is no run ("Lunch Ride | Ride | Strava"), so that a
 * ride gets none of our code; else by putting the reader in. Call it in the tab's turn.
 */
export async function readTab(brain: Brain, tabId: number, url: string): Promise<void> {
  if (await readerAnswers(tabId)) return;
  const noRun = await noRunByTitle(brain, tabId, url);
  if (noRun) await judgeRun(brain, tabId, { url, run: noRun, firstInPage: true });
  else await injectReader(tabId, url);
}

/**
 * The activity as the tab's title names it, read as the reader's first report would be, when
 * that says it is no run; else null. Null too when the title may be another activity's: the
 * tab showed another activity last, and a site's app that moves in place may not have changed
 * the title yet (a page with a reader never gets here: its reader follows such moves).
 */
async function noRunByTitle(brain: Brain, tabId: number, url: string): Promise<RunFacts | null> {
  const site = siteOfUrl(url);
  const [tab, state] = await Promise.all([browser.tabs.get(tabId).catch(() => undefined), brain.tabState(tabId)]);
  if (site === undefined || tab?.url !== url || tab.title === undefined) return null;
  if (state !== null && activityKeyOf(state.url) !== activityKeyOf(url)) return null;
  const reading = interpretPage(url, { site, title: tab.title }, false);
  return reading?.verdict === 'not-a-run' ? (reading.run ?? null) : null;
}
