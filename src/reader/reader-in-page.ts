import type { Request } from '../messages';
import type { SiteReader } from '../sites/site-reader';
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
export function startReaderInPage(api: ReaderApi, reader: SiteReader): void {
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
  const send = (message: Request) => {
    if (life.isInvalid) return;
    try {
      api.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // Invalidated between the check and the call.
    }
  };
  const answerPing = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!life.isInvalid && (message as { type?: unknown } | null)?.type === READER_PING) sendResponse(true);
  };
  api.runtime.onMessage.addListener(answerPing);
  life.signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(answerPing));

  let firstInPage = true;
  const readPage = startReader({
    window,
    reader,
    signal: life.signal,
    report: (url, run, trace) => {
      send({ type: 'run-seen', url, run, firstInPage, ...(trace && { trace }) });
      firstInPage = false;
    },
    left: (url) => send({ type: 'page-left', url }),
  });
  onLocationChange(window, life.signal, (url) => void readPage(url));
  void readPage(location.href);
}
