/** Told on the page's document when a copy of the reader starts, so an older copy stops. */
const READER_STARTED = 'backstride:reader-started';

/** The reader's life in one page. */
export interface ReaderLifecycle {
  /** Aborts when this copy must go quiet. */
  signal: AbortSignal;
  /** True once the extension is gone (reloaded, updated, removed) or a newer copy took over. */
  readonly isInvalid: boolean;
}

/**
 * Starts this copy's life and ends any older copy's: after the extension is reloaded, the
 * background injects a new reader into a page where the old one still runs (it shares the
 * page's isolated world) but can no longer reach the extension.
 */
export function startReaderLifecycle(doc: Document, extensionAlive: () => boolean): ReaderLifecycle {
  // Any page script could send this event too; the worst it can do is stop the reader until
  // the background's next look at the tab puts one back. It tells the page nothing the page
  // bridge's messages do not.
  const life = new AbortController();
  const id = `${Date.now()}-${Math.random()}`;
  doc.dispatchEvent(new CustomEvent(READER_STARTED, { detail: id }));
  doc.addEventListener(
    READER_STARTED,
    (event) => {
      if ((event as CustomEvent).detail !== id) life.abort();
    },
    { signal: life.signal },
  );
  return {
    signal: life.signal,
    get isInvalid() {
      if (!life.signal.aborted && !extensionAlive()) life.abort();
      return life.signal.aborted;
    },
  };
}

interface NavigationLike {
  currentEntry: { url: string | null } | null;
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `listener` with the new URL after each in-page navigation (the site's app moving
 * between pages with the History API): once the document's current entry has changed, where
 * the browser has the Navigation API (not at "navigate", which also fires for a download or a
 * move that loads another page), else by looking at the URL once a second.
 */
export function onLocationChange(win: Window, signal: AbortSignal, listener: (url: string) => void): void {
  let last = win.location.href;
  const changedTo = (url: string) => {
    if (url === last) return;
    last = url;
    listener(url);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener(
      'currententrychange',
      () => changedTo(navigation.currentEntry?.url ?? win.location.href),
      { signal },
    );
    return;
  }
  const timer = win.setInterval(() => changedTo(win.location.href), 1000);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
