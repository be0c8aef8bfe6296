/**
 * Runs tasks for the same tab one after another. The reader can report twice within
 * milliseconds; without this, two handlers could both see "no panel yet" and inject two.
 */
export function createPerTabQueue() {
  const tails = new Map<number | string, Promise<unknown>>();
  return function enqueue<T>(tabId: number | string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(tabId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(tabId, tail);
    void tail.then(() => {
      if (tails.get(tabId) === tail) tails.delete(tabId);
    });
    return next;
  };
}
