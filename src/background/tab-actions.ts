import { type CheckInAnswer, checkInFor } from '../checkins/check-in';
import { withCheckIn } from '../checkins/check-in-item';
import type { UpdateOutcome } from '../data/store-writer';
import { spanOf, withSpan } from '../history/coverage';
import { entryFromRun } from '../history/history-entry';
import { entryFromListed, sanitizeListedRuns } from '../history/listed-runs';
import { addToLog, mergeIntoLog, removeFromLog } from '../history/run-log';
import { dayNumber, localWallClock, wallClockMs } from '../history/wall-clock';
import type { ListSpan } from '../messages';
import { readingFailed } from '../report/reading-failed';
import { activityKey, isRun } from '../run/run-facts';
import { withDismissal } from '../settings/dismissed-runs';
import type { TabState } from '../view-state/tab-state';
import type { Brain } from './brain';
import { tabsWithState } from './session-tab-states';

/** Keeps the runner's check-in with the run it is about, then shows the tab's state with it. */
export async function saveCheckIn(brain: Brain, tabId: number, answer: CheckInAnswer): Promise<void> {
  const state = await brain.tabState(tabId);
  if (!state?.run || readingFailed(state.run)) return;
  const signals = state.signals.map((signal) => signal.id);
  const checkIn = checkInFor(state.run, signals, answer, Date.now(), state.checkIn ?? undefined);
  if (!checkIn) return;
  await brain.store.update('checkIns', (checkIns) => withCheckIn(checkIns, checkIn));
  await brain.replaceTabState(tabId, { ...state, checkIn });
}

/** "Not for this run", remembered across reloads; or "Show on page", which also undoes it. */
export async function setDismissal(brain: Brain, tabId: number, dismissed: boolean): Promise<void> {
  const state = await brain.tabState(tabId);
  const key = state?.run ? activityKey(state.run) : undefined;
  if (!state || key === undefined) return;
  await brain.store.update('dismissedRuns', (keys) => withDismissal(keys, key, dismissed));
  await brain.replaceTabState(tabId, { ...state, dismissed, requested: dismissed ? 0 : Date.now() });
}

/**
 * Logs a run the runner has seen. Only the runner's own runs (or runs whose athlete the
 * page does not say) make their history; a run first logged before the page said it is
 * someone else's is taken out again.
 */
export async function logRun(brain: Brain, state: TabState): Promise<void> {
  const run = state.run;
  if (!run || !isRun(run) || state.paused) return;
  if (run.athlete === 'someone-else') {
    const key = activityKey(run);
    if (key !== undefined) await brain.store.update('history', (history) => removeFromLog(history, key));
    return;
  }
  // The history holds runs as they were read: one the reader failed on would skew the runner's baseline.
  if (readingFailed(run)) return;
  const entry = entryFromRun(
    run,
    state.signals.map((signal) => signal.id),
    Date.now(),
  );
  if (entry) await brain.store.update('history', (history) => addToLog(history, entry));
}

/** Judges a tab's run again with what is stored now (new settings). */
export async function reevaluate(brain: Brain, tabId: number): Promise<void> {
  const state = await brain.tabState(tabId);
  if (state)
    await brain.replaceTabState(tabId, await brain.evaluate(state.url, state.run, state.requested, state.trace));
}

/** Judges every open tab's run again: the settings changed, or the history grew by a list or an import. */
export async function reevaluateAllTabs(brain: Brain): Promise<void> {
  for (const tabId of await tabsWithState()) void brain.inTab(tabId, () => reevaluate(brain, tabId));
}

/**
 * Logs the runner's runs from their activity list or an export file, and the days it spans
 * in full; judges open runs again with the fuller history. Answers how many runs were new.
 */
export async function logListedRuns(
  brain: Brain,
  raw: unknown,
  from: 'list' | 'import',
  span: ListSpan,
): Promise<{ added: number; outcome: UpdateOutcome }> {
  const now = Date.now();
  const today = dayNumber(localWallClock(now));
  // A run that starts after tomorrow is no run of the runner's: a forged list, or a broken clock.
  const runs = sanitizeListedRuns(raw).filter((run) => dayNumber(wallClockMs(run.startTime) ?? 0) <= today + 1);
  let added = 0;
  const outcome = await brain.store.update('history', (history) => {
    const known = new Set(history.map((entry) => entry.key));
    added = runs.filter((run) => !known.has(activityKey(run))).length;
    return mergeIntoLog(
      history,
      runs.map((run) => entryFromListed(run, from, now)),
    );
  });
  const covered = span === 'none' ? undefined : spanOf(runs, from);
  if (covered) {
    // A list page holds every run between its first and last day, but the edge days may have
    // more runs on the next page (or later today): only the days strictly between count.
    if (from === 'list') {
      covered.firstDay += 1;
      covered.lastDay = span === 'to-today' ? Math.max(covered.lastDay, today - 1) : covered.lastDay - 1;
    }
    if (covered.firstDay <= covered.lastDay) {
      await brain.store.update('historyCoverage', (spans) => withSpan(spans, covered));
    }
  }
  return { added, outcome };
}
