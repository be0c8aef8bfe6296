import type { Signal, SignalId } from '../detect/signal';
import { TIP_CATALOG } from './catalog';
import type { SelectedTip, Tip } from './tip';

export interface TipSettings {
  /** Folklore tips are left out unless the runner asks for them. */
  showFolklore: boolean;
}

export const DEFAULT_TIP_SETTINGS: TipSettings = { showFolklore: false };

/** How much a signal linked with this runner's back pain multiplies its tips' weights. */
const PAIN_LINK_BOOST = 2;

/**
 * The tips that fit a run's signals, most relevant first. A tip's
 * score is the sum of its weights for the signals present, weighed more for signals this
 * runner's check-ins link with back pain; equal scores keep catalog order, so the same run
 * always gets the same tips.
 */
export function selectTips(
  signals: readonly Signal[],
  settings: TipSettings = DEFAULT_TIP_SETTINGS,
  painLinked: readonly SignalId[] = [],
): SelectedTip[] {
  return TIP_CATALOG.filter((tip) => settings.showFolklore || tip.evidence !== 'folklore')
    .map((tip) => scoreTip(tip, signals, painLinked))
    .filter((tip) => tip !== undefined)
    .sort((a, b) => b.score - a.score);
}

function scoreTip(tip: Tip, signals: readonly Signal[], painLinked: readonly SignalId[]): SelectedTip | undefined {
  const matched = signals
    .map((signal) => {
      const weight = tip.answers[signal.id] ?? 0;
      return { signal, weight: painLinked.includes(signal.id) ? weight * PAIN_LINK_BOOST : weight };
    })
    .filter(({ weight }) => weight > 0);
  if (matched.length === 0) return undefined;
  const strongest = matched.reduce((best, candidate) => (candidate.weight > best.weight ? candidate : best));
  return {
    ...tip,
    score: matched.reduce((sum, { weight }) => sum + weight, 0),
    becauseOf: strongest.signal.id,
    personal: matched.some(({ signal }) => painLinked.includes(signal.id)),
  };
}
