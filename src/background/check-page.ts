import { browser } from 'wxt/browser';
import { runPageChecks } from '../report/run-page-checks';
import { activityKeyOf } from '../sites/match-patterns';
import { PAGE_CHECKS } from '../sites/page-checks';

/**
 * The site's named checks, run in the tab's page (for the report on a page the reader could
 * not read). Empty when the tab went away or the page refuses scripts.
 */
export async function checkPage(tabId: number, url: string): Promise<Record<string, boolean>> {
  const key = activityKeyOf(url);
  if (key === null) return {};
  const [site, activityId = ''] = key.split(':') as [keyof typeof PAGE_CHECKS, string];
  try {
    // The tab may have moved on while the report waited its turn: its checks would describe another page.
    const tab = await browser.tabs.get(tabId);
    if (activityKeyOf(tab.url) !== key) return {};
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: runPageChecks,
      args: [PAGE_CHECKS[site], activityId],
    });
    const checks = result?.result;
    return typeof checks === 'object' && checks !== null ? (checks as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}
