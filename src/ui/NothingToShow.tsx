import type { TabState } from '../background/tab-state';
import { isRun } from '../run/run-facts';

/**
 * The calm line every view shows when there are no tips for the active tab, saying why:
 * no activity here, an activity that is not a run, or a run with nothing special about it.
 * Renders nothing when there is something to show.
 */
export function NothingToShow({ state }: { state: TabState | null }) {
  if (state === null) {
    return (
      <p class="bs-empty" data-testid="nothing-to-show" data-why="no-run">
        This page is not a run we can read. Open one of your runs on Strava (strava.com/activities/…) and Backstride
        will show the tips that fit it.
      </p>
    );
  }
  if (state.run === null) {
    return (
      <p class="bs-empty" data-testid="nothing-to-show" data-why="unreadable">
        Backstride could not read this activity: the page may have changed its layout. Rather than guess, it shows no
        tips here.
      </p>
    );
  }
  if (!isRun(state.run)) {
    return (
      <p class="bs-empty" data-testid="nothing-to-show" data-why="not-a-run">
        This activity is not a run, so Backstride has no running tips for it.
      </p>
    );
  }
  if (state.signals.length === 0) {
    return (
      <p class="bs-empty" data-testid="nothing-to-show" data-why="everyday-run">
        An everyday run: nothing about it calls for extra care.
      </p>
    );
  }
  return null;
}
