import { hasSomethingToShow } from '../background/evaluate-run';
import { t } from '../i18n/translate';
import { AllTips } from './AllTips';
import { NothingToShow } from './NothingToShow';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipCard } from './TipCard';
import { useActiveTabState } from './use-active-tab-state';
import { useSettings } from './use-settings';

/** The side panel (Firefox: sidebar): the active tab's run, every tip chosen for it, and all tips. */
export function SidePanelView() {
  const view = useActiveTabState();
  const settings = useSettings();
  return (
    <main class="bs-page bs-sidepanel" aria-label="Backstride">
      <h1 class="bs-brand">Backstride</h1>
      <SafetyNote />
      {view.status === 'loading' ? (
        <p class="bs-empty">{t('loading')}</p>
      ) : (
        <section data-testid="sidepanel-run" aria-labelledby="this-run-title">
          <h2 id="this-run-title">{t('sidepanel.thisRun')}</h2>
          {view.state?.run && <RunSummary run={view.state.run} units={view.state.units} />}
          <NothingToShow state={view.state} />
          {hasSomethingToShow(view.state) && (
            <>
              <SignalChips signals={view.state.signals} />
              <ul class="bs-tips" aria-label={t('panel.tips')}>
                {view.state.tips.map((tip) => (
                  <TipCard key={tip.id} tip={tip} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {settings && <AllTips showFolklore={settings.showFolklore} />}
    </main>
  );
}
