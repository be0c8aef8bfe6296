import type { CheckIn } from '../checkins/check-in';
import { painLinkedSignals } from '../checkins/insights';
import { EMPTY_BASELINE } from '../detect/baseline';
import { classify } from '../detect/classify';
import { computeBaseline } from '../history/compute-baseline';
import type { CoveredSpan } from '../history/coverage';
import type { HistoryEntry } from '../history/history-entry';
import { composePageReport } from '../report/page-report';
import { readingFailed } from '../report/reading-failed';
import { parseReadingTrace, type ReadingTrace } from '../report/reading-trace';
import { activityKey, type RunFacts } from '../run/run-facts';
import { resolveUnits, type Settings } from '../settings/settings';
import { siteOfUrl } from '../sites/match-patterns';
import { selectTips } from '../tips/select';
import type { TabState } from '../view-state/tab-state';

/** What the background knows besides the run: the runner's settings, history and choices. */
export interface EvaluationContext {
  settings: Settings;
  history?: readonly HistoryEntry[];
  /** Activity keys ("strava:123") the runner dismissed. */
  dismissed?: ReadonlySet<string>;
  checkIns?: readonly CheckIn[];
  /** The days for which the history holds every run (from lists and imports). */
  coverage?: readonly CoveredSpan[];
  /** When the runner asked for the panel from the popup (0 if not), whatever the automatic setting says. */
  requested?: number;
  nowMs?: number;
  /** How the reader went about the page; kept only when reading it failed. */
  trace?: ReadingTrace;
  /** Backstride's version and the browser's user agent, for the report on a page that could not be read. */
  version?: string;
  userAgent?: string;
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
    coverage = [],
    requested = 0,
    nowMs = Date.now(),
    trace,
  } = context;
  const units = resolveUnits(settings.units, run?.units);
  const site = run?.site ?? siteOfUrl(url);
  const paused = site !== undefined && settings.pausedSites.includes(site);
  const key = run ? activityKey(run) : undefined;
  const isDismissed = key !== undefined && dismissed.has(key);
  const checkIn = checkIns.find((candidate) => candidate.key === key) ?? null;
  const flags = { site, paused, dismissed: isDismissed, autoShow: settings.showPanel, requested, checkIn };
  if (run === null || paused || readingFailed(run)) {
    const state: TabState = { url, run, units, signals: [], tips: [], painLinked: [], ...flags };
    if (!readingFailed(run)) return state;
    // Parsed again so that only the trace's own fields, never anything riding along, are kept.
    const kept = trace === undefined ? undefined : parseReadingTrace(trace);
    const withTrace = kept === undefined ? state : { ...state, trace: kept };
    // On a paused site nothing is shown, a report neither.
    if (paused) return withTrace;
    const { version = 'unknown', userAgent = '' } = context;
    return { ...withTrace, pageReport: composePageReport({ url, site, run, trace: kept, version, userAgent }) };
  }
  // Someone else's run is judged on the runner's marks alone: their history and experience are not that athlete's.
  const yours = run.athlete !== 'someone-else';
  const signals = classify(run, {
    baseline: yours ? computeBaseline(history, run, nowMs, settings.thresholds, coverage) : EMPTY_BASELINE,
    thresholds: settings.thresholds,
    experience: yours ? settings.experience : undefined,
  });
  const painLinked = painLinkedSignals(checkIns).filter((id) => signals.some((signal) => signal.id === id));
  return { url, run, units, signals, tips: selectTips(signals, settings, painLinked), painLinked, ...flags };
}
