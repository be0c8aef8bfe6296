import { hasSomethingToShow } from '../background/evaluate-run';
import { t } from '../i18n/translate';
import { AllTips } from './AllTips';
import { HowRead } from './HowRead';
import { NothingToShow } from './NothingToShow';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipsByTiming } from './TipsByTiming';
import { useActiveTabState } from './use-active-tab-state';
import { useSettings } from './use-settings';

/**
 * The side panel (Firefox: sidebar): the active tab's run in full — its tips grouped by when
 * to act on them, how it was read — and every tip of the catalog. Follows the active tab.
 */
export function SidePanelView() {
  const view = useActiveTabState();
  const settings = useSettings();
  return (
    <main class="bs-page bs-sidepanel" aria-labelledby="sidepanel-title">
      <h1 id="sidepanel-title" class="bs-brand">
        Backstride
      </h1>
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
              <TipsByTiming tips={view.state.tips} />
            </>
          )}
          {view.state?.run && !view.state.paused && <HowRead run={view.state.run} units={view.state.units} />}
        </section>
      )}
      {settings && <AllTips showFolklore={settings.showFolklore} />}
    </main>
  );
}
