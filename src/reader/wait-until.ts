/**
 * Resolves once `isReady()` holds, checking after each DOM change under `root`, or when
 * `timeoutMs` runs out or `signal` aborts (then with false). The observer is always
 * disconnected when this settles, so nothing keeps watching the page after a read.
 */
export function waitUntil(
  isReady: () => boolean,
  options: { root: Node; timeoutMs: number; signal: AbortSignal },
): Promise<boolean> {
  if (isReady()) return Promise.resolve(true);
  if (options.signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (isReady()) settle(true);
    });
    const timer = setTimeout(() => settle(false), options.timeoutMs);
    const onAbort = () => settle(false);
    function settle(ready: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(ready);
    }
    options.signal.addEventListener('abort', onAbort);
    observer.observe(options.root, { childList: true, subtree: true });
  });
}
