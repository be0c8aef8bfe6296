export type PageChange = 'changed' | 'timed-out' | 'stopped';

const RANK: Record<PageChange, number> = { changed: 0, 'timed-out': 1, stopped: 2 };

/**
 * Watches for DOM changes under `root` and for calls back from `subscribe`, until `timeoutMs`
 * runs out or `signal` aborts. `next()` resolves at the next change, or at once when one came
 * since it was last called (changes in between count as one; running out of time or being
 * stopped outranks them). Everything is released by `stop()`.
 */
export function watchChanges(
  root: Node,
  subscribe: (listener: () => void) => () => void,
  signal: AbortSignal,
  timeoutMs: number,
): { next(): Promise<PageChange>; stop(): void } {
  let pending: PageChange | undefined;
  let wake: ((change: PageChange) => void) | undefined;
  const note = (change: PageChange) => {
    if (pending === undefined || RANK[change] > RANK[pending]) pending = change;
    if (wake) deliver(wake);
  };
  const deliver = (to: (change: PageChange) => void) => {
    const change = pending ?? 'changed';
    pending = undefined;
    wake = undefined;
    to(change);
  };
  const observer = new MutationObserver(() => note('changed'));
  observer.observe(root, { childList: true, subtree: true });
  const unsubscribe = subscribe(() => note('changed'));
  const timer = setTimeout(() => note('timed-out'), timeoutMs);
  const onAbort = () => note('stopped');
  signal.addEventListener('abort', onAbort);
  if (signal.aborted) pending = 'stopped';
  return {
    next: () =>
      new Promise<PageChange>((resolve) => {
        if (pending !== undefined) deliver(resolve);
        else wake = resolve;
      }),
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    },
  };
}
