import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-item';

/** The runner's settings, kept current while the view is open; undefined until loaded. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
