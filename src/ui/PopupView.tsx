import { browser } from 'wxt/browser';
import { hasSomethingToShow } from '../background/evaluate-run';
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
        <p class="bs-empty">Loading…</p>
      ) : (
        <section data-testid="popup-run" aria-label="This page">
          {view.state?.run && <RunSummary run={view.state.run} units={view.state.units} />}
          <NothingToShow state={view.state} />
          {hasSomethingToShow(view.state) && (
            <>
              <SignalChips signals={view.state.signals} />
              <p data-testid="popup-tip-count">
                {view.state.tips.length} {view.state.tips.length === 1 ? 'tip fits' : 'tips fit'} this run.
              </p>
            </>
          )}
        </section>
      )}
      <SafetyNote />
      <button type="button" class="bs-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </main>
  );
}
