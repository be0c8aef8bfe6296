import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../messages';
import { startReader } from './start-reader';

/** The two extension calls the reader makes, as both browsers' own APIs offer them. */
export interface ReaderApi {
  runtime: {
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
export function startReaderInPage(ctx: ContentScriptContext, api: ReaderApi): void {
  const world = globalThis as IsolatedWorld;
  if (world[STARTED]) return;
  world[STARTED] = true;
  ctx.onInvalidated(() => {
    world[STARTED] = false;
  });

  // After the extension is reloaded or removed, this copy goes quiet: calling the old
  // extension throws at once, so it is not called at all.
  const send = (message: Request) => {
    if (ctx.isInvalid) return;
    try {
      api.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // Invalidated between the check and the call.
    }
  };
  const answerPing = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!ctx.isInvalid && (message as { type?: unknown } | null)?.type === READER_PING) sendResponse(true);
  };
  api.runtime.onMessage.addListener(answerPing);
  ctx.onInvalidated(() => api.runtime.onMessage.removeListener(answerPing));

  let firstInPage = true;
  const readPage = startReader({
    window,
    signal: ctx.signal,
    report: (url, run) => {
      send({ type: 'run-seen', url, run, firstInPage });
      firstInPage = false;
    },
    left: (url) => send({ type: 'page-left', url }),
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void readPage(newUrl.href));
  void readPage(location.href);
}
