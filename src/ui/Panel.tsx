import type { ShownState } from '../background/tab-state';
import { currentLocale, t } from '../i18n/translate';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipCard } from './TipCard';

const TIPS_ON_PAGE = 3;

interface PanelProps {
  state: ShownState;
  onClose: () => void;
}

/** The in-page panel: the run, what kind it was, and the top tips for it. */
export function Panel({ state, onClose }: PanelProps) {
  return (
    <aside
      class="bs-panel"
      aria-label={t('panel.label')}
      lang={currentLocale()}
      data-testid="backstride-panel"
      data-signals={state.signals.map((signal) => signal.id).join(' ')}
    >
      <header class="bs-header">
        <h2 class="bs-brand">Backstride</h2>
        <button type="button" class="bs-icon-button" aria-label={t('panel.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <RunSummary run={state.run} units={state.units} />
      <SignalChips signals={state.signals} />
      <ul class="bs-tips" aria-label={t('panel.tips')}>
        {state.tips.slice(0, TIPS_ON_PAGE).map((tip) => (
          <TipCard key={tip.id} tip={tip} collapsed />
        ))}
      </ul>
      <SafetyNote />
    </aside>
  );
}
