import { classify } from '../detect/classify';
import { computeBaseline } from '../history/compute-baseline';
import type { HistoryEntry } from '../history/history-entry';
import type { Locale } from '../i18n/locale';
import type { RunFacts } from '../run/run-facts';
import { resolveUnits, type Settings } from '../settings/settings';
import { selectTips } from '../tips/select';
import type { ShownState, TabState } from './tab-state';

/**
 * From what the reader saw to what the views show: the runner's baseline from the history,
 * then classify, then choose tips.
 */
export function evaluateRun(
  url: string,
  run: RunFacts | null,
  settings: Settings,
  history: readonly HistoryEntry[] = [],
  nowMs: number = Date.now(),
  locale: Locale = 'en',
): TabState {
  const units = resolveUnits(settings.units, run?.units);
  if (run === null) return { url, run, units, signals: [], tips: [] };
  const signals = classify(run, {
    baseline: computeBaseline(history, run, nowMs, settings.thresholds),
    thresholds: settings.thresholds,
    units,
    experience: settings.experience,
    locale,
  });
  return { url, run, units, signals, tips: selectTips(signals, settings, locale) };
}

export function hasSomethingToShow(state: TabState | null): state is ShownState {
  return state !== null && state.run !== null && state.signals.length > 0 && state.tips.length > 0;
}
