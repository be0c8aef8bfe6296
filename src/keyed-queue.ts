/**
 * Runs tasks with the same key one after another, and tasks with different keys side by
 * side. The background keys its work by tab (the reader can report twice within
 * milliseconds; without turns, two handlers could both see "no panel yet" and inject two)
 * and its writes by stored item.
 */
export function createKeyedQueue<K>() {
  const tails = new Map<K, Promise<unknown>>();
  return function inTurn<T>(key: K, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}
