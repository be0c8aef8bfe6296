import { SIGNAL_LABELS, type Signal } from '../detect/signal';
import { TIP_CATALOG } from './catalog';
import type { SelectedTip, Tip } from './tip';

export interface TipSettings {
  /** Folklore tips are left out unless the runner asks for them. */
  showFolklore: boolean;
}

export const DEFAULT_TIP_SETTINGS: TipSettings = { showFolklore: false };

/**
 * The tips that fit a run's signals, most relevant first. A tip's score is the sum of its
 * weights for the signals present; equal scores keep catalog order, so the same run
 * always gets the same tips.
 */
export function selectTips(signals: readonly Signal[], settings: TipSettings = DEFAULT_TIP_SETTINGS): SelectedTip[] {
  return TIP_CATALOG.filter((tip) => settings.showFolklore || tip.evidence !== 'folklore')
    .map((tip) => scoreTip(tip, signals))
    .filter((tip) => tip !== undefined)
    .sort((a, b) => b.score - a.score);
}

function scoreTip(tip: Tip, signals: readonly Signal[]): SelectedTip | undefined {
  const matched = signals
    .map((signal) => ({ signal, weight: tip.answers[signal.id] ?? 0 }))
    .filter(({ weight }) => weight > 0);
  if (matched.length === 0) return undefined;
  const strongest = matched.reduce((best, candidate) => (candidate.weight > best.weight ? candidate : best));
  return {
    ...tip,
    score: matched.reduce((sum, { weight }) => sum + weight, 0),
    why: `${SIGNAL_LABELS[strongest.signal.id]}: ${strongest.signal.reason}`,
  };
}
