import { useState } from 'preact/hooks';
import { ask } from '../ask';
import { type CheckInAnswer, canCheckIn } from '../checkins/check-in';
import { readingFailed } from '../report/reading-failed';
import { activityKey, isRun, type RunFacts } from '../run/run-facts';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { hasSomethingToShow } from '../view-state/tab-state';
import { t } from '../words/language';
import { AllTips } from './AllTips';
import { CheckInForm } from './CheckInForm';
import { HowRead } from './HowRead';
import { InsightsView } from './InsightsView';
import { NothingToShow } from './NothingToShow';
import { PageReport } from './PageReport';
import { RunCoverage } from './RunCoverage';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipsByTiming } from './TipsByTiming';
import { UrgentNotice } from './UrgentNotice';
import { type ActiveTabView, useActiveTabState } from './use-active-tab-state';
import { useStored } from './use-stored';
import { WhatIf } from './WhatIf';

const TABS = ['run', 'insights', 'all-tips'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS = {
  run: 'sidepanel.tab.run',
  insights: 'sidepanel.tab.insights',
  'all-tips': 'sidepanel.tab.allTips',
} as const;

/**
 * The side panel (Firefox: sidebar): the active tab's run in full — its tips grouped by when
 * to act on them, the back check-in, how it was read — the runner's insights, and every tip
 * of the catalog. Follows the active tab.
 */
export function SidePanelView() {
  const view = useActiveTabState();
  const settings = useStored(SETTINGS_ITEM);
  const [tab, setTab] = useState<Tab>('run');
  return (
    <main class="bs-page bs-sidepanel" aria-labelledby="sidepanel-title">
      {/* What a warning sign calls for comes first, above everything, whichever tab is open. */}
      {view.status !== 'loading' && view.state?.checkIn && <UrgentNotice answer={view.state.checkIn} />}
      <h1 id="sidepanel-title" class="bs-brand">
        Backstride
      </h1>
      <SafetyNote />
      <div class="bs-tabs" role="tablist" aria-label={t('sidepanel.tabs')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`tabpanel-${name}`}
            data-tab={name}
            class="bs-tab-button"
            onClick={() => setTab(name)}
          >
            {t(TAB_LABELS[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'run' && <ThisRun view={view} />}
        {tab === 'insights' && (
          <InsightsView markWeekOf={view.status === 'loading' ? undefined : view.state?.run?.startTime} />
        )}
        {tab === 'all-tips' && settings && <AllTips showFolklore={settings.showFolklore} />}
      </div>
    </main>
  );
}

function ThisRun({ view }: { view: ActiveTabView }) {
  if (view.status === 'loading') return <p class="bs-empty">{t('loading')}</p>;
  const { state, tabId } = view;
  const checkIn = async (answer: CheckInAnswer) => {
    if (tabId !== undefined) await ask({ type: 'save-check-in', answer, tabId });
  };
  return (
    <section data-testid="sidepanel-run" aria-labelledby="this-run-title">
      <h2 id="this-run-title">{t('sidepanel.thisRun')}</h2>
      {state?.run && !state.paused && <RunSummary run={state.run} units={state.units} />}
      <NothingToShow state={state} />
      {state && <PageReport state={state} />}
      {hasSomethingToShow(state) && <SignalChips signals={state.signals} units={state.units} />}
      {/* Every run of the runner's own that was read can be checked in, everyday ones too: they are what the others are compared with. */}
      {state?.run && canCheckIn(state.run) && !readingFailed(state.run) && !state.paused && (
        <CheckInForm key={activityKey(state.run)} checkIn={state.checkIn} onSave={checkIn} idPrefix="sidepanel" />
      )}
      {hasSomethingToShow(state) && <TipsByTiming tips={state.tips} signals={state.signals} units={state.units} />}
      {state?.run?.startTime !== undefined && !state.paused && ownRun(state.run) && (
        <RunCoverage startTime={state.run.startTime} />
      )}
      <WhatIf />
      {state?.run && !state.paused && <HowRead run={state.run} units={state.units} />}
    </section>
  );
}

/** A run of the runner's own, read well enough to have been judged against their history. */
function ownRun(run: RunFacts): boolean {
  return isRun(run) && run.athlete !== 'someone-else' && !readingFailed(run);
}
