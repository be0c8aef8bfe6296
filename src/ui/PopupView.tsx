import { browser } from 'wxt/browser';
import { hasSomethingToShow } from '../background/evaluate-run';
import { t } from '../i18n/translate';
import { NothingToShow } from './NothingToShow';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { useActiveTabState } from './use-active-tab-state';

/** The toolbar popup: the current tab's run at a glance. */
export function PopupView() {
  const view = useActiveTabState();
  return (
    <main class="bs-page bs-popup" aria-label="Backstride">
      <h1 class="bs-brand">Backstride</h1>
      {view.status === 'loading' ? (
        <p class="bs-empty">{t('loading')}</p>
      ) : (
        <section data-testid="popup-run" aria-label={t('popup.thisPage')}>
          {view.state?.run && <RunSummary run={view.state.run} units={view.state.units} />}
          <NothingToShow state={view.state} />
          {hasSomethingToShow(view.state) && (
            <>
              <SignalChips signals={view.state.signals} />
              <p data-testid="popup-tip-count">
                {t(view.state.tips.length === 1 ? 'popup.tipCount.one' : 'popup.tipCount.other', {
                  count: view.state.tips.length,
                })}
              </p>
            </>
          )}
        </section>
      )}
      <SafetyNote />
      <button type="button" class="bs-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.settings')}
      </button>
    </main>
  );
}
