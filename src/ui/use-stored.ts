import { useEffect, useState } from 'preact/hooks';
import { loadStored, type StoredName, type StoredValues, watchStored } from '../data/stored-items';

/**
 * A stored item, kept current while the view is open (whoever changed it); undefined until
 * loaded. Views only read: their changes are requests to the background.
 */
export function useStored<N extends StoredName>(name: N): StoredValues[N] | undefined {
  const [value, setValue] = useState<StoredValues[N] | undefined>();
  useEffect(() => {
    let watched = false;
    const stop = watchStored(name, (next) => {
      watched = true;
      setValue(next);
    });
    // A change seen while loading is newer than what the load read.
    void loadStored(name).then((loaded) => {
      if (!watched) setValue(loaded);
    });
    return stop;
  }, [name]);
  return value;
}
