import {
  BACK_AREAS,
  type CheckIn,
  type CheckInAnswer,
  RED_FLAGS,
  SORENESS_LEVELS,
  type Soreness,
} from './checkins/check-in';
import type { Signal, SignalId } from './detect/signal';
import { isPlainObject } from './plain-object';
import { parseReadingTrace, type ReadingTrace } from './report/reading-trace';
import type { UnitSystem } from './run/format';
import type { RunFacts } from './run/run-facts';
import type { SelectedTip } from './tips/tip';

/** What the background decided about the activity page shown in one tab: what every view shows. */
export interface TabState {
  url: string;
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
}

/** A tab state with a run that has something worth showing. */
export type ShownState = TabState & { run: RunFacts };

/** Messages the background answers. */
export type Request =
  /** The reader read the activity at `url`: its run, or null when nothing could be read. */
  | {
      type: 'run-seen';
      url: string;
      run: RunFacts | null;
      /** The reader's first report in this document: no panel can be in it yet. */
      firstInPage?: boolean;
      /** How the reader went about the page, sent only when reading it failed. */
      trace?: ReadingTrace;
    }
  /** The page no longer shows the activity last reported (in-page navigation or away). */
  | { type: 'page-left'; url: string }
  | { type: 'get-tab-state'; tabId?: number }
  /** From the panel: "Not for this run". */
  | { type: 'dismiss-run' }
  /** From the popup: bring the panel (back) onto the page. */
  | { type: 'show-on-page'; tabId: number }
  /** From the panel: open the browser's side panel; answers whether it could. */
  | { type: 'open-side-panel' }
  /** From the panel (its own tab) or the side panel (`tabId`): how the back feels after this run. */
  | { type: 'save-check-in'; answer: CheckInAnswer; tabId?: number };

/** Sent by the background to the views when a tab's state changes. */
export interface TabStateChanged {
  type: 'tab-state-changed';
  tabId: number;
  state: TabState | null;
}

/** Sent by the background to the in-page panel; it answers `true` when it is there. */
export interface PanelUpdate {
  type: 'panel-update';
  state: TabState | null;
}

/** True when `value` is a request of a known type and the exact shape; anything else is ignored. */
export function isRequest(value: unknown): value is Request {
  if (!isPlainObject(value)) return false;
  switch (value.type) {
    case 'run-seen':
      return (
        typeof value.url === 'string' &&
        (value.run === null || isPlainObject(value.run)) &&
        (value.firstInPage === undefined || typeof value.firstInPage === 'boolean') &&
        // A trace of another shape is a reader bug or a forgery: the whole report is refused, as any other.
        (value.trace === undefined || parseReadingTrace(value.trace) !== undefined)
      );
    case 'page-left':
      return typeof value.url === 'string';
    case 'get-tab-state':
      return value.tabId === undefined || Number.isInteger(value.tabId);
    case 'dismiss-run':
    case 'open-side-panel':
      return true;
    case 'show-on-page':
      return Number.isInteger(value.tabId);
    case 'save-check-in':
      return (value.tabId === undefined || Number.isInteger(value.tabId)) && isCheckInAnswer(value.answer);
    default:
      return false;
  }
}

export function isTabStateChanged(value: unknown): value is TabStateChanged {
  return isPlainObject(value) && value.type === 'tab-state-changed' && Number.isInteger(value.tabId);
}

export function isPanelUpdate(value: unknown): value is PanelUpdate {
  return isPlainObject(value) && value.type === 'panel-update' && (value.state === null || isPlainObject(value.state));
}

function isCheckInAnswer(value: unknown): value is CheckInAnswer {
  if (!isPlainObject(value) || !SORENESS_LEVELS.includes(value.soreness as Soreness)) return false;
  const listOf = (list: unknown, allowed: readonly string[]) =>
    Array.isArray(list) && list.length <= allowed.length && list.every((item) => allowed.includes(item));
  return listOf(value.areas, BACK_AREAS) && listOf(value.redFlags, RED_FLAGS);
}
