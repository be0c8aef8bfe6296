import type { Request } from '../messages';
import type { PageCollector } from '../sites/collector';
import { onLocationChange, startReaderLifecycle } from './reader-lifecycle';
import { startReader } from './start-reader';

/** The two extension calls the reader makes, as both browsers' own APIs offer them. */
export interface ReaderApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => void,
      ): void;
      removeListener(
        listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => void,
      ): void;
    };
  };
}

export const READER_PING = 'reader-ping';
const STARTED = Symbol.for('backstride.reader');
type IsolatedWorld = typeof globalThis & { [STARTED]?: boolean };

/**
 * Starts the reader in a page it was injected into, once per page: it reads the activity,
 * reports it, follows in-page navigation, and answers the background's "are you there?".
 */
export function startReaderInPage(api: ReaderApi, collector: PageCollector): void {
  const world = globalThis as IsolatedWorld;
  // Before the once-per-page check: an older copy, cut off by an extension reload, stops here.
  const life = startReaderLifecycle(document, () => Boolean(api.runtime?.id));
  if (world[STARTED]) return;
  world[STARTED] = true;
  life.signal.addEventListener('abort', () => {
    world[STARTED] = false;
  });

  // After the extension is reloaded or removed, this copy goes quiet: calling the old
  // extension throws at once, so it is not called at all.
  const send = async (message: Request): Promise<unknown> => {
    if (life.isInvalid) return undefined;
    try {
      return await api.runtime.sendMessage(message);
    } catch {
      // Invalidated between the check and the call, or the background could not answer.
      return undefined;
    }
  };
  const answerPing = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!life.isInvalid && (message as { type?: unknown } | null)?.type === READER_PING) sendResponse(true);
  };
  api.runtime.onMessage.addListener(answerPing);
  life.signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(answerPing));

  // Until the background has read a report of this document, no panel can be in it.
  let firstInPage = true;
  const readPage = startReader({
    window,
    collector,
    signal: life.signal,
    report: async (report) => {
      const verdict = await send({ type: 'page-seen', ...report, firstInPage });
      if (report.settled || verdict === 'read' || verdict === 'not-a-run') firstInPage = false;
      return verdict;
    },
    left: (url) => void send({ type: 'page-left', url }),
  });
  onLocationChange(window, life.signal, (url) => void readPage(url));
  void readPage(location.href);
}
