import { type ActivityList, parseListMessage } from '../bridge/list-protocol';
import type { ListedRun } from '../history/listed-runs';
import type { ListSpan, Request } from '../messages';
import { siteOfUrl } from '../sites/match-patterns';

/** The one extension call the list reader makes, as both browsers' own APIs offer it. */
export interface ListReaderApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

/** What a message from the list bridge comes to: the runs to log and how much of the list they are. */
export interface RunsListed {
  runs: ListedRun[];
  span: ListSpan;
}

/**
 * The runs a message event on `win` carries, or null unless it is exactly a list bridge's
 * report, from this page itself, on the runner's own list page of its site, for a list
 * loaded from this page's origin, with at least one run in it.
 */
export function runsListedFrom(event: MessageEvent, win: Window, lists: readonly ActivityList[]): RunsListed | null {
  try {
    if (event.source !== win || event.origin !== win.location.origin) return null;
    const report = parseListMessage(event.data, lists);
    if (report === null) return null;
    const list = lists.find((known) => known.site === report.site);
    const page = new URL(win.location.href);
    const loaded = new URL(report.url);
    if (list === undefined || siteOfUrl(page.href) !== report.site || !list.isOwnListPage(page)) return null;
    if (loaded.origin !== page.origin || !list.isListRequest(loaded)) return null;
    const runs = list.runs(report.rows);
    return runs.length > 0 ? { runs, span: list.span(report.url) } : null;
  } catch {
    return null;
  }
}

const STARTED = Symbol.for('backstride.list-reader');
type IsolatedWorld = typeof globalThis & { [STARTED]?: boolean };

/**
 * Listens, once per page, for the list bridge's reports of `list` (one site's: the script
 * carries no other site's code) and sends the runs they carry to the background. After the
 * extension is reloaded or removed, this copy goes quiet.
 */
export function startListReader(api: ListReaderApi, win: Window, list: ActivityList): void {
  const world = globalThis as IsolatedWorld;
  if (world[STARTED]) return;
  world[STARTED] = true;
  const onMessage = (event: MessageEvent) => {
    if (!api.runtime?.id) {
      win.removeEventListener('message', onMessage);
      world[STARTED] = false;
      return;
    }
    const listed = runsListedFrom(event, win, [list]);
    if (listed === null) return;
    const request: Request = { type: 'runs-listed', ...listed };
    try {
      api.runtime.sendMessage(request).catch(() => undefined);
    } catch {
      // Invalidated between the check and the call.
    }
  };
  win.addEventListener('message', onMessage);
}
