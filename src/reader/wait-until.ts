/**
 * Resolves once `isReady()` holds, checking after each DOM change under `root` and each
 * time `subscribe` calls back, or when `timeoutMs` runs out or `signal` aborts (then with false).
 * Everything is released when it settles, so nothing keeps watching the page after a read.
 */
export function waitUntil(
  isReady: () => boolean,
  options: {
    root: Node;
    timeoutMs: number;
    signal: AbortSignal;
    subscribe?: (recheck: () => void) => () => void;
  },
): Promise<boolean> {
  if (options.signal.aborted) return Promise.resolve(false);
  if (isReady()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => {
      if (isReady()) settle(true);
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => settle(false), options.timeoutMs);
    const onAbort = () => settle(false);
    const unsubscribe = options.subscribe?.(check);
    function settle(ready: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      unsubscribe?.();
      resolve(ready);
    }
    options.signal.addEventListener('abort', onAbort);
    observer.observe(options.root, { childList: true, subtree: true });
  });
}
