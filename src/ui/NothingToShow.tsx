import { readingFailed } from '../report/reading-failed';
import { isRun, SITE_NAMES } from '../run/run-facts';
import type { TabState } from '../view-state/tab-state';
import { t } from '../words/language';

/**
 * The calm line every view shows when there are no tips for the active tab, saying why:
 * no activity here, Backstride paused on this site, an activity that could not be read, one that is not a run, or a run
 * with nothing special about it. Renders nothing when there is something to show.
 */
export function NothingToShow({ state }: { state: TabState | null }) {
  const [why, message] = verdict(state) ?? [];
  if (why === undefined) return null;
  return (
    <p class="bs-empty" data-testid="nothing-to-show" data-why={why}>
      {message}
    </p>
  );
}

function verdict(state: TabState | null): [string, string] | undefined {
  if (state === null) return ['no-run', t('nothing.noRun')];
  if (state.paused && state.site) return ['paused', t('popup.paused', { site: SITE_NAMES[state.site] })];
  if (readingFailed(state.run)) return ['unreadable', t('nothing.unreadable')];
  if (state.run === null || !isRun(state.run)) return ['not-a-run', t('nothing.notARun')];
  if (state.signals.length === 0) return ['everyday-run', t('nothing.everyday')];
  return undefined;
}
