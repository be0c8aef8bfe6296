import { browser } from 'wxt/browser';
import type { Locale } from '../locales';
import type { PanelUpdate, PanelUpdateAnswer, TabStateChanged } from '../messages';
import { HEADLINE_SELECTORS } from '../sites/site-layout';
import { leaveViewForPanel } from '../ui/pushed-view';
import { hasSomethingToShow, type PanelView, type TabState, wantsPanel } from '../view-state/tab-state';
import { languageScript } from '../words/offered-language';
import { forgetPanelInPage, notePanelInPage } from './panel-in-page';
import { offerLanguageTo } from './panel-language';

export const PANEL_SCRIPT = '/content-scripts/panel.js';
const BADGE_COLOR = '#2f6f73';

/** Badge, in-page panel and open extension views, all brought in line with a tab's state. */
export async function showTabState(
  tabId: number,
  state: TabState | null,
  { freshPage = false, locale }: { freshPage?: boolean; locale: Locale },
): Promise<void> {
  // The panel first: it is what the runner waits for.
  await Promise.all([updatePanel(tabId, state, freshPage, locale), setBadge(tabId, state), broadcast(tabId, state)]);
}

/** What the in-page panel shows for a tab's state: nothing unless the panel is wanted. */
export function panelViewOf(state: TabState | null): PanelView | null {
  return wantsPanel(state) ? { state, headlineSelector: HEADLINE_SELECTORS[state.run.site] } : null;
}

/** The number of tips on a tab with a run that has some; nothing anywhere else. */
async function setBadge(tabId: number, state: TabState | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const text = hasSomethingToShow(state) ? String(state.tips.length) : '';
  await action.setBadgeText({ tabId, text }).catch(ignoreClosedTab);
  if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(ignoreClosedTab);
}

/**
 * Tells a panel already in the page what to show (nothing: it takes itself away), in the
 * runner's language, first injecting that language's words if the page lacks them; injects
 * the words and the panel's code only when a panel is wanted and none answered, with its
 * first view left beside it (a panel that starts without one asks for it).
 */
async function updatePanel(tabId: number, state: TabState | null, freshPage: boolean, locale: Locale): Promise<void> {
  const view = panelViewOf(state);
  // A page the reader has only just read has no panel yet: no need to ask it first.
  if (!freshPage) {
    const update: PanelUpdate = view === null ? { type: 'panel-update', view } : { type: 'panel-update', view, locale };
    const tell = () =>
      browser.tabs.sendMessage(tabId, update).then(
        (answer: unknown) => answer as PanelUpdateAnswer | undefined,
        () => undefined,
      );
    const answered = await tell();
    if (answered === true) return;
    if (answered === 'needs-language') {
      await offerLanguageTo(tabId, locale).catch(ignoreClosedTab);
      await tell();
      return;
    }
  }
  if (view === null) return;
  await injectPanel(tabId, { type: 'panel-update', view, locale }, locale);
}

/**
 * Puts the panel's words and code into the tab's page, with the view it shows first left
 * beside them, and remembers that the page has a panel (forgets it if the tab went away).
 */
export async function injectPanel(tabId: number, firstView: PanelUpdate, locale: Locale): Promise<void> {
  notePanelInPage(tabId);
  try {
    // Both sent at once, the view first: it nearly always lands first, and the panel then shows
    // without asking. Neither browser promises the order: should the code start first, the
    // panel asks as before, and the view, coming late, is dropped (see leaveViewForPanel).
    await Promise.all([
      browser.scripting.executeScript({
        target: { tabId },
        func: leaveViewForPanel,
        args: [JSON.stringify(firstView)],
      }),
      browser.scripting.executeScript({ target: { tabId }, files: [languageScript(locale), PANEL_SCRIPT] }),
    ]);
  } catch {
    // The tab closed or navigated away while we worked: the next report sets things right.
    forgetPanelInPage(tabId);
  }
}

async function broadcast(tabId: number, state: TabState | null): Promise<void> {
  const message: TabStateChanged = { type: 'tab-state-changed', tabId, state };
  // Rejects when no extension page is open to listen: nothing to tell.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

function ignoreClosedTab(): void {
  // The tab closed or navigated away while we worked: the next report sets things right.
}
