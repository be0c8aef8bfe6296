import { classify } from '../detect/classify';
import type { RunFacts } from '../run/run-facts';
import type { Settings } from '../settings/settings';
import { selectTips } from '../tips/select';
import type { TabState } from './tab-state';

/** From what the reader saw to what the views show: classify, then choose tips. */
export function evaluateRun(url: string, run: RunFacts | null, settings: Settings): TabState | null {
  if (run === null) return null;
  const signals = classify(run, { thresholds: settings.thresholds });
  return { url, run, signals, tips: selectTips(signals, settings) };
}

export function hasSomethingToShow(state: TabState | null): state is TabState {
  return state !== null && state.signals.length > 0 && state.tips.length > 0;
}
