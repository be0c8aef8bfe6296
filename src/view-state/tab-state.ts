import type { CheckIn } from '../checkins/check-in';
import type { Signal, SignalId } from '../detect/signal';
import type { ReadingTrace } from '../report/reading-trace';
import type { UnitSystem } from '../run/format';
import type { RunFacts, SiteId } from '../run/run-facts';
import type { SelectedTip } from '../tips/tip';

/** What the background decided about the activity page shown in one tab: what every view shows. */
export interface TabState {
  url: string;
  /** The site the page is on, known even when nothing on it could be read. */
  site?: SiteId;
  /** null: the page is an activity page, but nothing on it could be read. */
  run: RunFacts | null;
  /** The units every view shows this run in. */
  units: UnitSystem;
  signals: Signal[];
  tips: SelectedTip[];
  /** The runner paused Backstride on this site: nothing is shown. */
  paused: boolean;
  /** The runner said "Not for this run": no panel, though the popup can bring it back. */
  dismissed: boolean;
  /** The runner lets the panel appear on its own (a setting). */
  autoShow: boolean;
  /** When the runner last asked for the panel from the popup ("Show on page"); 0 if never. */
  requested: number;
  /** The runner's check-in for this activity, once given. */
  checkIn: CheckIn | null;
  /** This run's signals that the runner's check-ins link with back pain (their tips rank higher). */
  painLinked: SignalId[];
  /** How the reader went about the page, only when reading it failed: for the runner's page report. */
  trace?: ReadingTrace;
  /** The report the runner can copy when reading the page failed: nothing personal in it. */
  pageReport?: string;
}

/** A tab state with a run that has something worth showing. */
export type ShownState = TabState & { run: RunFacts };

export function hasSomethingToShow(state: TabState | null): state is ShownState {
  return state !== null && !state.paused && state.run !== null && state.signals.length > 0 && state.tips.length > 0;
}

/** The in-page panel shows when there is something to show and nothing the runner said against it. */
export function wantsPanel(state: TabState | null): state is ShownState {
  return hasSomethingToShow(state) && !state.dismissed && (state.autoShow || state.requested > 0);
}

/** What the in-page panel is sent: the state it shows, and where the page has the run's headline numbers. */
export interface PanelView {
  state: ShownState;
  /** The panel keeps clear of the element this selects. */
  headlineSelector: string;
}
