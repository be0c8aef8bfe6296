import { defineVersionedItem, type SaveOutcome } from '../storage/versioned-item';
import { type Settings, sanitizeSettings } from './settings';

/**
 * Version 1 held `showFolklore` and four thresholds; version 2 added units, more thresholds,
 * experience and the first-run flag; version 3 the panel switch and paused sites. Each
 * migration keeps whatever it recognises and fills in the rest with defaults.
 */
const settingsItem = defineVersionedItem('local:settings', {
  version: 3,
  migrations: {
    // v1 runners already use the extension: their first-run questions are not asked again.
    2: (v1: unknown) => ({ ...sanitizeSettings(v1), firstRunDone: true }),
    3: (v2: unknown) => sanitizeSettings(v2),
  },
  sanitize: sanitizeSettings,
});

export const loadSettings = (): Promise<Settings> => settingsItem.load();
export const saveSettings = (settings: Settings): Promise<SaveOutcome> => settingsItem.save(sanitizeSettings(settings));
export const watchSettings = (onChange: (settings: Settings) => void): (() => void) => settingsItem.watch(onChange);
