import type { Signal } from '../detect/signal';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { tipsIn } from './catalog';
import type { SelectedTip, Tip } from './tip';

export interface TipSettings {
  /** Folklore tips are left out unless the runner asks for them. */
  showFolklore: boolean;
}

export const DEFAULT_TIP_SETTINGS: TipSettings = { showFolklore: false };

/**
 * The tips that fit a run's signals, most relevant first, in the runner's language. A tip's
 * score is the sum of its weights for the signals present; equal scores keep catalog order,
 * so the same run always gets the same tips.
 */
export function selectTips(
  signals: readonly Signal[],
  settings: TipSettings = DEFAULT_TIP_SETTINGS,
  locale: Locale = 'en',
): SelectedTip[] {
  return tipsIn(locale)
    .filter((tip) => settings.showFolklore || tip.evidence !== 'folklore')
    .map((tip) => scoreTip(tip, signals, locale))
    .filter((tip) => tip !== undefined)
    .sort((a, b) => b.score - a.score);
}

function scoreTip(tip: Tip, signals: readonly Signal[], locale: Locale): SelectedTip | undefined {
  const matched = signals
    .map((signal) => ({ signal, weight: tip.answers[signal.id] ?? 0 }))
    .filter(({ weight }) => weight > 0);
  if (matched.length === 0) return undefined;
  const strongest = matched.reduce((best, candidate) => (candidate.weight > best.weight ? candidate : best));
  return {
    ...tip,
    score: matched.reduce((sum, { weight }) => sum + weight, 0),
    becauseOf: strongest.signal.id,
    why: `${translate(locale, `signal.${strongest.signal.id}`)}: ${strongest.signal.reason}`,
  };
}
