import type { CheckIn } from '../checkins/check-in';
import { painLinkedSignals } from '../checkins/insights';
import { EMPTY_BASELINE } from '../detect/baseline';
import { classify } from '../detect/classify';
import { computeBaseline } from '../history/compute-baseline';
import type { HistoryEntry } from '../history/history-entry';
import type { Locale } from '../i18n/locale';
import type { ShownState, TabState } from '../messages';
import { readingFailed } from '../report/reading-failed';
import { parseReadingTrace, type ReadingTrace } from '../report/reading-trace';
import { activityKey, type RunFacts } from '../run/run-facts';
import { resolveUnits, type Settings } from '../settings/settings';
import { selectTips } from '../tips/select';

/** What the background knows besides the run: the runner's settings, history and choices. */
export interface EvaluationContext {
  settings: Settings;
  history?: readonly HistoryEntry[];
  /** Activity keys ("strava:123") the runner dismissed. */
  dismissed?: ReadonlySet<string>;
  checkIns?: readonly CheckIn[];
  /** When the runner asked for the panel from the popup (0 if not), whatever the automatic setting says. */
  requested?: number;
  nowMs?: number;
  locale?: Locale;
  /** How the reader went about the page; kept only when reading it failed. */
  trace?: ReadingTrace;
}

/**
 * From what the reader saw to what the views show: the runner's baseline from the history,
 * then classify, then choose tips, then whether the panel may show. A run the reader failed
 * on gets no signal at all: it is never called long or fast on data that could not be read.
 */
export function evaluateRun(url: string, run: RunFacts | null, context: EvaluationContext): TabState {
  const {
    settings,
    history = [],
    dismissed = new Set(),
    checkIns = [],
    requested = 0,
    nowMs = Date.now(),
    locale = 'en',
    trace,
  } = context;
  const units = resolveUnits(settings.units, run?.units);
  const paused = run !== null && settings.pausedSites.includes(run.site);
  const key = run ? activityKey(run) : undefined;
  const isDismissed = key !== undefined && dismissed.has(key);
  const checkIn = checkIns.find((candidate) => candidate.key === key) ?? null;
  const flags = { paused, dismissed: isDismissed, autoShow: settings.showPanel, requested, checkIn };
  if (run === null || paused || readingFailed(run)) {
    const state: TabState = { url, run, units, signals: [], tips: [], painLinked: [], ...flags };
    // Parsed again so that only the trace's own fields, never anything riding along, are kept.
    const kept = readingFailed(run) && trace !== undefined ? parseReadingTrace(trace) : undefined;
    return kept === undefined ? state : { ...state, trace: kept };
  }
  // Someone else's run is judged on the runner's marks alone: their history and experience are not that athlete's.
  const yours = run.athlete !== 'someone-else';
  const signals = classify(run, {
    baseline: yours ? computeBaseline(history, run, nowMs, settings.thresholds) : EMPTY_BASELINE,
    thresholds: settings.thresholds,
    units,
    experience: yours ? settings.experience : undefined,
    locale,
  });
  const painLinked = painLinkedSignals(checkIns).filter((id) => signals.some((signal) => signal.id === id));
  return { url, run, units, signals, tips: selectTips(signals, settings, locale, painLinked), painLinked, ...flags };
}

export function hasSomethingToShow(state: TabState | null): state is ShownState {
  return state !== null && !state.paused && state.run !== null && state.signals.length > 0 && state.tips.length > 0;
}

/** The in-page panel shows when there is something to show and nothing the runner said against it. */
export function wantsPanel(state: TabState | null): state is ShownState {
  return hasSomethingToShow(state) && !state.dismissed && (state.autoShow || state.requested > 0);
}
