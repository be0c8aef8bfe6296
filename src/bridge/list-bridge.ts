import { type ListReport, listMessage } from './list-protocol';

const STARTED = Symbol.for('backstride.list-bridge');

/**
 * Starts a site's list watcher in the page's own world, once per page, posting what it sees
 * to the list reader on this page's origin only. Whatever happens here stays here: an error
 * must never reach the page's own error handlers.
 */
export function startListBridge(
  win: Window & typeof globalThis,
  watch: (win: Window & typeof globalThis, onList: (report: ListReport) => void) => void,
): void {
  try {
    const flags = win as unknown as Record<symbol, boolean>;
    if (flags[STARTED]) return;
    flags[STARTED] = true;
    watch(win, postListTo(win));
  } catch {
    // The page keeps working without us.
  }
}

/** Posts a list report to this page's own origin, where the list reader listens. */
export function postListTo(win: Window): (report: ListReport) => void {
  return (report) => win.postMessage(listMessage(report), win.location.origin);
}
