import { BACK_AREAS, type CheckInAnswer, RED_FLAGS, SORENESS_LEVELS, type Soreness } from './checkins/check-in';
import type { ImportProblem } from './data/import-data';
import type { UpdateOutcome } from './data/store-writer';
import type { ListedRun } from './history/listed-runs';
import { LOCALES, type Locale } from './locales';
import { isPlainObject } from './plain-object';
import { parseReadingTrace, type ReadingTrace } from './report/reading-trace';
import { isSiteId, type RunFacts, type SiteId } from './run/run-facts';
import type { SettingsChange } from './settings/settings';
import type { PageReading, ReadingVerdict } from './sites/page-reading';
import type { PanelView, TabState } from './view-state/tab-state';

/** What an import came to: refused with a reason, or taken in (with how much it held). */
export type ImportOutcome =
  | { ok: false; problem: ImportProblem }
  | { ok: true; outcome: UpdateOutcome; runs: number; checkIns: number };

/**
 * Every request the background answers, with what it carries and what comes back. The
 * background is the one writer of stored data: views load and watch, and ask for changes here.
 */
interface RequestTypes {
  /**
   * A run read at `url` (null when nothing could be read), with how reading went when it
   * failed: what `page-seen` comes to once the background has read the page. Tests and tools
   * report runs this way.
   */
  'run-seen': {
    body: {
      url: string;
      run: RunFacts | null;
      /** The reader's first report in this document: no panel can be in it yet. */
      firstInPage?: boolean;
      /** How the reader went about the page, sent only when reading it failed. */
      trace?: ReadingTrace;
    };
    reply: undefined;
  };
  /**
   * From an activity page's reader: what the page at `url` shows now, for the background to
   * read. The answer says whether the reader should go on watching the page. `settled`: it
   * waits no longer, so whatever can be read is the run.
   */
  'page-seen': {
    body: {
      url: string;
      page: PageReading;
      settled: boolean;
      /** No report of this document has been read yet: no panel can be in it. */
      firstInPage?: boolean;
    };
    reply: ReadingVerdict;
  };
  /**
   * From a list reader: the runner's own activities as their activity list loaded them.
   * `span`: the list is unfiltered, so it holds every run between its first and last
   * (`between`), and up to today when it is the list's first page (`to-today`); else `none`.
   */
  'runs-listed': { body: { runs: ListedRun[]; span: ListSpan }; reply: undefined };
  /**
   * From the options page: the runs of an export file the runner previewed and chose to
   * import; `between` when the file holds every run between its first and last (an account
   * export), `none` when it may be filtered.
   */
  'import-history': {
    body: { runs: ListedRun[]; span: 'between' | 'none' };
    reply: { added: number; outcome: UpdateOutcome };
  };
  /** From the reader: the page no longer shows the activity last reported (in-page navigation or away). */
  'page-left': { body: { url: string }; reply: undefined };
  /** From an extension page: the state of a tab. */
  'get-tab-state': { body: { tabId: number }; reply: TabState | null };
  /**
   * From the in-page panel as it starts: what it shows in its own tab (null: nothing), and
   * the language to speak. `speaks`: the language offered to the page, if any; when the
   * runner's differs, its script is injected into the page before the answer.
   */
  'get-panel-view': { body: { speaks?: Locale }; reply: { view: PanelView | null; locale: Locale } };
  /** From the panel: "Not for this run". */
  'dismiss-run': { body: Record<never, never>; reply: undefined };
  /** From the popup: bring the panel (back) onto the page. */
  'show-on-page': { body: { tabId: number }; reply: undefined };
  /** From the panel: open the browser's side panel; answers whether it could. */
  'open-side-panel': { body: Record<never, never>; reply: boolean };
  /** From the panel (its own tab) or the side panel (`tabId`): how the back feels after this run. */
  'save-check-in': { body: { answer: CheckInAnswer; tabId?: number }; reply: undefined };
  /** From the options page: the settings the runner changed (what it leaves out stays as stored). */
  'change-settings': { body: { change: SettingsChange }; reply: UpdateOutcome };
  /** From the popup or the options page: pause Backstride on a site, or resume it. */
  'pause-site': { body: { site: SiteId; paused: boolean }; reply: UpdateOutcome };
  /** From the options page: a file the runner chose to bring back. */
  'import-data': { body: { text: string }; reply: ImportOutcome };
  /** From the options page, after the runner confirmed: every run, check-in and dismissal gone. */
  'delete-all': { body: Record<never, never>; reply: true };
}

export type ListSpan = 'none' | 'between' | 'to-today';

export type RequestType = keyof RequestTypes;
export type Request = { [K in RequestType]: { type: K } & RequestTypes[K]['body'] }[RequestType];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
export type ReplyTo<K extends RequestType> = RequestTypes[K]['reply'];

/** Sent by the background to the views when a tab's state changes. */
export interface TabStateChanged {
  type: 'tab-state-changed';
  tabId: number;
  state: TabState | null;
}

/**
 * Sent by the background to the in-page panel, with the language to speak it in. The panel
 * answers `true` when it shows it, and `'needs-language'` when that language's script has not
 * been injected into the page yet (the background then injects it and sends the update again).
 */
export type PanelUpdate =
  | { type: 'panel-update'; view: PanelView; locale: Locale }
  /** Nothing to show: the panel takes itself away, and needs no words for that. */
  | { type: 'panel-update'; view: null; locale?: undefined };

export type PanelUpdateAnswer = true | 'needs-language';

/** True when `value` is a request of a known type and the exact shape; anything else is ignored. */
export function isRequest(value: unknown): value is Request {
  if (!isPlainObject(value)) return false;
  const type = value.type as RequestType;
  switch (type) {
    case 'run-seen':
      return (
        typeof value.url === 'string' &&
        (value.run === null || isPlainObject(value.run)) &&
        (value.firstInPage === undefined || typeof value.firstInPage === 'boolean') &&
        // A trace of another shape is a reader bug or a forgery: the whole report is refused, as any other.
        (value.trace === undefined || parseReadingTrace(value.trace) !== undefined)
      );
    case 'page-seen':
      return (
        typeof value.url === 'string' &&
        isPlainObject(value.page) &&
        typeof value.settled === 'boolean' &&
        (value.firstInPage === undefined || typeof value.firstInPage === 'boolean')
      );
    case 'page-left':
      return typeof value.url === 'string';
    case 'runs-listed':
      return Array.isArray(value.runs) && ['none', 'between', 'to-today'].includes(value.span as ListSpan);
    case 'import-history':
      return Array.isArray(value.runs) && (value.span === 'between' || value.span === 'none');
    case 'get-tab-state':
    case 'show-on-page':
      return Number.isInteger(value.tabId);
    case 'get-panel-view':
      return value.speaks === undefined || isLocale(value.speaks);
    case 'dismiss-run':
    case 'open-side-panel':
    case 'delete-all':
      return true;
    case 'save-check-in':
      return (value.tabId === undefined || Number.isInteger(value.tabId)) && isCheckInAnswer(value.answer);
    case 'change-settings':
      return isPlainObject(value.change);
    case 'pause-site':
      return isSiteId(value.site) && typeof value.paused === 'boolean';
    case 'import-data':
      return typeof value.text === 'string';
    default:
      return exhaustive(type);
  }
}

const exhaustive = (_type: never): false => false;

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export function isTabStateChanged(value: unknown): value is TabStateChanged {
  return isPlainObject(value) && value.type === 'tab-state-changed' && Number.isInteger(value.tabId);
}

export function isPanelUpdate(value: unknown): value is PanelUpdate {
  return (
    isPlainObject(value) &&
    value.type === 'panel-update' &&
    ((value.view === null && value.locale === undefined) || (isPlainObject(value.view) && isLocale(value.locale)))
  );
}

function isCheckInAnswer(value: unknown): value is CheckInAnswer {
  if (!isPlainObject(value) || !SORENESS_LEVELS.includes(value.soreness as Soreness)) return false;
  const listOf = (list: unknown, allowed: readonly string[]) =>
    Array.isArray(list) && list.length <= allowed.length && list.every((item) => allowed.includes(item));
  return listOf(value.areas, BACK_AREAS) && listOf(value.redFlags, RED_FLAGS);
}
