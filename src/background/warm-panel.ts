import { isRun, type RunFacts } from '../run/run-facts';
import type { Brain } from './brain';
import { hasPanelInPage } from './panel-in-page';
import { injectPanel } from './views';

/** True when what has been read of a page (its title, say) already says its activity is a run. */
export function knownToBeRun(run: RunFacts | null | undefined): run is RunFacts {
  return run != null && run.sources?.sport !== undefined && isRun(run);
}

/**
 * Puts the panel's code (and its words) into a page known to show a run before its numbers
 * are read, so that the panel shows as soon as they are: it starts empty and idle, and waits
 * to be told. Only where the panel would show by itself: the runner lets it, the site is not
 * paused and this run was not dismissed. Call it in the tab's turn.
 */
export async function warmPanel(brain: Brain, tabId: number, url: string, run: RunFacts): Promise<void> {
  if (hasPanelInPage(tabId)) return;
  try {
    const state = await brain.evaluate(url, run, 0);
    if (state.paused || state.dismissed || !state.autoShow) return;
    // The panel then neither asks for a view nor shows one until the run is read.
    await injectPanel(tabId, { type: 'panel-update', view: null }, await brain.panelLocale());
  } catch {
    // Settings could not be read: the panel comes with the run, as without warming.
  }
}
