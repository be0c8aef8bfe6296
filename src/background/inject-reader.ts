import { browser } from 'wxt/browser';
import { READER_PING } from '../reader/reader-in-page';
import { READER_SCRIPT_OF, RUNTIME_BRIDGE_SITES, siteOfUrl } from '../sites/match-patterns';

/** How often, and how long, a loading tab is looked at again. */
const LOAD_POLL_MS = 100;
const LOAD_WAIT_MS = 5000;
const BRIDGE_SCRIPT = '/content-scripts/page-bridge.js';

/** Whether a reader is in the tab's page and answers. */
export async function readerAnswers(tabId: number): Promise<boolean> {
  return (await browser.tabs.sendMessage(tabId, { type: READER_PING }).catch(() => false)) === true;
}

/**
 * Puts the reader (and, where the site needs it, the page bridge) into a tab showing an
 * activity. Called once the page has loaded, so no page waits for us.
 */
export async function injectReader(tabId: number, url: string): Promise<void> {
  const site = siteOfUrl(url);
  if (site === undefined) return;
  try {
    if (RUNTIME_BRIDGE_SITES.includes(site)) {
      await browser.scripting.executeScript({ target: { tabId }, files: [BRIDGE_SCRIPT], world: 'MAIN' });
    }
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_OF(site)] });
  } catch {
    // The tab closed or navigated on meanwhile: its next load brings us back.
  }
}

const waiting = new Set<number>();

/**
 * Resolves with the tab's URL once it has finished loading, or once it has kept loading for
 * `LOAD_WAIT_MS` (a page whose last image or ad never arrives is still read); undefined if
 * the tab closed, or is already being waited for. Chrome does not always report a tab's
 * "complete" to a worker that has only just started, so the tab itself is asked.
 */
export async function whenLoaded(tabId: number): Promise<string | undefined> {
  if (waiting.has(tabId)) return undefined;
  waiting.add(tabId);
  try {
    const deadline = Date.now() + LOAD_WAIT_MS;
    for (;;) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab) return undefined;
      if (tab.status === 'complete' || Date.now() >= deadline) return tab.url;
      await new Promise((resolve) => setTimeout(resolve, LOAD_POLL_MS));
    }
  } finally {
    waiting.delete(tabId);
  }
}
