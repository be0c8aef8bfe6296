import { useState } from 'preact/hooks';
import { canCheckIn } from '../checkins/check-in';
import { activityKey } from '../run/run-facts';
import type { ShownState } from '../view-state/tab-state';
import { currentLocale, t } from '../words/language';
import { signalLabel, signalReason, signalWord } from '../words/signal-words';
import { CheckInForm, type SaveCheckIn } from './CheckInForm';
import { RunSummary } from './RunSummary';
import { SafetyNote } from './SafetyNote';
import { SignalChips } from './SignalChips';
import { TipCard } from './TipCard';
import { UrgentNotice } from './UrgentNotice';

const TIPS_ON_PAGE = 3;

interface PanelProps {
  state: ShownState;
  /** Distance from the top of the viewport, clear of the page's headline numbers. */
  top: number;
  /** Start as the small tab (no room to open without covering the page's numbers). */
  startCollapsed?: boolean;
  /** Hide for now (close button, Escape). */
  onClose: () => void;
  /** "Not for this run": hide, and stay hidden for this activity. */
  onDismiss: () => void;
  /** Opens the browser's side panel; false where the browser allows that only from its own UI. */
  onOpenAllTips: () => Promise<boolean>;
  onCheckIn: SaveCheckIn;
}

/** The in-page panel: the run, what kind it was, and the top tips for it. Collapses to a tab. */
export function Panel({
  state,
  top,
  startCollapsed = false,
  onClose,
  onDismiss,
  onOpenAllTips,
  onCheckIn,
}: PanelProps) {
  const [collapsed, setCollapsed] = useState(startCollapsed);
  const [sidebarHint, setSidebarHint] = useState(false);
  const signals = state.signals.map((signal) => signal.id).join(' ');
  const count = state.tips.length;

  if (collapsed) {
    return (
      <button
        type="button"
        class="bs-tab"
        style={{ top: `${top}px` }}
        data-testid="backstride-panel"
        data-signals={signals}
        data-collapsed="true"
        data-tip-count={count}
        aria-expanded="false"
        aria-label={t('panel.expand')}
        lang={currentLocale()}
        onClick={() => setCollapsed(false)}
      >
        {t('panel.tab', { count })}
      </button>
    );
  }

  return (
    <aside
      class="bs-panel"
      style={{ top: `${top}px`, maxHeight: `calc(100vh - ${top + 16}px)` }}
      aria-label={t('panel.label')}
      lang={currentLocale()}
      data-testid="backstride-panel"
      data-signals={signals}
      data-tip-count={count}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="bs-header">
        <h2 class="bs-brand">Backstride</h2>
        <div class="bs-header-buttons">
          <button
            type="button"
            class="bs-icon-button"
            aria-label={t('panel.collapse')}
            aria-expanded="true"
            data-action="collapse"
            onClick={() => setCollapsed(true)}
          >
            –
          </button>
          <button
            type="button"
            class="bs-icon-button"
            aria-label={t('panel.close')}
            data-action="close"
            onClick={onClose}
          >
            ×
          </button>
        </div>
      </header>
      {state.checkIn && <UrgentNotice answer={state.checkIn} />}
      <RunSummary run={state.run} units={state.units} />
      <SignalChips signals={state.signals} units={state.units} />
      <div class="bs-panel-body">
        <ul class="bs-reasons" aria-label={t('run.kinds')}>
          {state.signals.map((signal) => (
            <li key={signal.id}>{signalReason(signal, state.units)}</li>
          ))}
        </ul>
        {state.painLinked.length > 0 && (
          <p class="bs-personal" data-testid="panel-personal">
            {t('panel.personal', { signals: state.painLinked.map(signalWord).join(', ') })}
          </p>
        )}
        <p class="bs-count" data-testid="panel-tip-count">
          {t('panel.topTips', { shown: Math.min(TIPS_ON_PAGE, count), count })}
        </p>
        <ul class="bs-tips" aria-label={t('panel.tips')}>
          {state.tips.slice(0, TIPS_ON_PAGE).map((tip) => (
            <TipCard key={tip.id} tip={tip} why={t('tip.for', { signal: signalLabel(tip.becauseOf) })} collapsed />
          ))}
        </ul>
        {canCheckIn(state.run) && (
          <CheckInForm key={activityKey(state.run)} checkIn={state.checkIn} onSave={onCheckIn} idPrefix="panel" />
        )}
      </div>
      {sidebarHint && (
        <p class="bs-hint" role="status">
          {t('panel.sidebarHint')}
        </p>
      )}
      <div class="bs-actions">
        <button
          type="button"
          class="bs-button"
          data-action="all-tips"
          onClick={() => void onOpenAllTips().then((opened) => setSidebarHint(!opened))}
        >
          {t('panel.allTips')}
        </button>
        <button type="button" class="bs-button bs-button-quiet" data-action="dismiss" onClick={onDismiss}>
          {t('panel.notForThisRun')}
        </button>
      </div>
      <SafetyNote />
    </aside>
  );
}
