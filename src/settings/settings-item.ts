import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from './settings';

/**
 * Version 1 held `showFolklore` and four thresholds; version 2 added units, more thresholds,
 * experience and the first-run flag; version 3 the panel switch and paused sites. Each
 * migration keeps whatever it recognises and fills in the rest with defaults.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: {
    // v1 runners already use the extension: their first-run questions are not asked again.
    2: (v1: unknown) => ({ ...sanitizeSettings(v1), firstRunDone: true }),
    3: (v2: unknown) => sanitizeSettings(v2),
  },
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitizeSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}
