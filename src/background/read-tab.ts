import { browser } from 'wxt/browser';
import { interpretPage, type PageInterpretation } from '../sites/interpret-page';
import { activityKeyOf, siteOfUrl } from '../sites/match-patterns';
import type { Brain } from './brain';
import { injectReader, readerAnswers } from './inject-reader';
import { judgeRun } from './judge-run';
import { knownToBeRun, warmPanel } from './warm-panel';

/**
 * Sees that the activity in a loaded tab is read: by the reader already there; by the tab's
 * title alone when it says the activity is no run ("Lunch Ride | Ride | Strava"), so that a
 * ride gets none of our code; else by putting the reader in, with the panel's code beside it
 * when the title says it is a run. Call it in the tab's turn.
 */
export async function readTab(brain: Brain, tabId: number, url: string): Promise<void> {
  const [answers, byTitle] = await Promise.all([readerAnswers(tabId), readTitle(brain, tabId, url)]);
  if (answers) return;
  if (byTitle?.verdict === 'not-a-run') {
    await judgeRun(brain, tabId, { url, run: byTitle.run ?? null, firstInPage: true });
    return;
  }
  const run = byTitle?.run;
  await Promise.all([injectReader(tabId, url), knownToBeRun(run) ? warmPanel(brain, tabId, url, run) : undefined]);
}

/**
 * The activity as the tab's title names it, read as the reader's first report would be; null
 * when the title may be another activity's: the tab showed another activity last, and a
 * site's app that moves in place may not have changed the title yet (a page with a reader
 * never gets here: its reader follows such moves).
 */
async function readTitle(brain: Brain, tabId: number, url: string): Promise<PageInterpretation | null> {
  const site = siteOfUrl(url);
  const [tab, state] = await Promise.all([browser.tabs.get(tabId).catch(() => undefined), brain.tabState(tabId)]);
  if (site === undefined || tab?.url !== url || tab.title === undefined) return null;
  if (state !== null && activityKeyOf(state.url) !== activityKeyOf(url)) return null;
  return interpretPage(url, { site, title: tab.title }, false);
}
