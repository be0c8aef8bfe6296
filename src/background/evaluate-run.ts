import { classify } from '../detect/classify';
import type { RunFacts } from '../run/run-facts';
import type { Settings } from '../settings/settings';
import { selectTips } from '../tips/select';
import type { ShownState, TabState } from './tab-state';

/** From what the reader saw to what the views show: classify, then choose tips. */
export function evaluateRun(url: string, run: RunFacts | null, settings: Settings): TabState {
  if (run === null) return { url, run, signals: [], tips: [] };
  const signals = classify(run, { thresholds: settings.thresholds });
  return { url, run, signals, tips: selectTips(signals, settings) };
}

export function hasSomethingToShow(state: TabState | null): state is ShownState {
  return state !== null && state.run !== null && state.signals.length > 0 && state.tips.length > 0;
}
