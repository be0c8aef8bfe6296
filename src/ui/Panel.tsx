import { useState } from 'preact/hooks';
import { canCheckIn } from '../checkins/check-in';
import { activityKey } from '../run/run-facts';
import type { ShownState } from '../view-state/tab-state';
import { currentLocale, t } from '../words/language';
import { signalLabel, signalReason, signalWord, tipWhy } from '../words/signal-words';
import { CheckInForm, type SaveCheckIn } from './CheckInForm';
import { PANEL_MARGIN, PANEL_WIDTH } from './panel-position';
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
  /** Narrower than usual where that keeps it beside the numbers rather than below them. */
  width?: number;
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
  width = PANEL_WIDTH,
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
  // The best tip opens with its why; the others are one line each, opened on demand.
  const shown = state.tips.slice(0, TIPS_ON_PAGE);
  // A signal no shown tip answers still gets its reason said.
  const unexplained = state.signals.filter((signal) => !shown.some((tip) => tip.becauseOf === signal.id));

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
      style={{ top: `${top}px`, width: `${width}px`, maxHeight: `calc(100vh - ${top + PANEL_MARGIN}px)` }}
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
        {state.painLinked.length > 0 && (
          <p class="bs-personal" data-testid="panel-personal">
            {t('panel.personal', { signals: state.painLinked.map(signalWord).join(', ') })}
          </p>
        )}
        <ul class="bs-tips" aria-label={t('panel.tips')}>
          {shown.map((tip, rank) => (
            <TipCard key={tip.id} tip={tip} why={tipWhy(tip, state.signals, state.units)} collapsed folded={rank > 0} />
          ))}
        </ul>
        {unexplained.length > 0 && (
          <ul class="bs-reasons" aria-label={t('panel.alsoRead')}>
            {unexplained.map((signal) => (
              <li key={signal.id}>
                {signalLabel(signal.id)}: {signalReason(signal, state.units)}
              </li>
            ))}
          </ul>
        )}
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
          data-testid="panel-tip-count"
          onClick={() => void onOpenAllTips().then((opened) => setSidebarHint(!opened))}
        >
          {t('panel.allTips', { count })}
        </button>
        <button type="button" class="bs-button bs-button-quiet" data-action="dismiss" onClick={onDismiss}>
          {t('panel.notForThisRun')}
        </button>
      </div>
      <SafetyNote compact />
    </aside>
  );
}
