import { hasSomethingToShow } from '../background/evaluate-run';
import { NothingToShow } from './NothingToShow';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipCard } from './TipCard';
import { useActiveTabState } from './use-active-tab-state';

/** The side panel (Firefox: sidebar): the active tab's run and every tip chosen for it. */
export function SidePanelView() {
  const view = useActiveTabState();
  return (
    <main class="bs-page bs-sidepanel" aria-label="Backstride">
      <h1 class="bs-brand">Backstride</h1>
      <SafetyNote />
      {view.status === 'loading' ? (
        <p class="bs-empty">Loading…</p>
      ) : (
        <section data-testid="sidepanel-run" aria-label="This page">
          {view.state?.run && <RunSummary run={view.state.run} units={view.state.units} />}
          <NothingToShow state={view.state} />
          {hasSomethingToShow(view.state) && (
            <>
              <SignalChips signals={view.state.signals} />
              <ul class="bs-tips" aria-label="Tips for this run">
                {view.state.tips.map((tip) => (
                  <TipCard key={tip.id} tip={tip} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </main>
  );
}
