import { useEffect, useState } from 'preact/hooks';
import { openItem } from '../storage/read-item';
import type { StoredItem } from '../storage/stored-item';

/**
 * A stored item, kept current while the view is open (whoever changed it); undefined until
 * loaded. Views only read: their changes are requests to the background. Each view names
 * the items it shows, so it carries only their code.
 */
export function useStored<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>();
  useEffect(() => {
    const versioned = openItem(item);
    let watched = false;
    const stop = versioned.watch((next) => {
      watched = true;
      setValue(next);
    });
    // A change seen while loading is newer than what the load read.
    void versioned.load().then((loaded) => {
      if (!watched) setValue(loaded);
    });
    return stop;
  }, [item]);
  return value;
}

/** A stored item as it is now, for a view that reads it once. */
export const loadItem = <T>(item: StoredItem<T>): Promise<T> => openItem(item).load();
