import { isPlainObject } from '../plain-object';
import { declareStoredItem } from '../storage/stored-item';
import { sanitizeSettings } from './settings';

/**
 * The runner's settings. Version 1 held `showFolklore` and four thresholds; version 2 added
 * units, more thresholds, experience and the first-run flag; version 3 the panel switch and
 * paused sites. Each migration keeps whatever it recognises and fills in the rest with
 * defaults. An import's settings replace the current ones; delete-all keeps them.
 */
export const SETTINGS_ITEM = declareStoredItem({
  key: 'local:settings',
  version: 3,
  migrations: {
    // v1 runners already use the extension: their first-run questions are not asked again.
    2: (v1: unknown) => ({ ...sanitizeSettings(v1), firstRunDone: true }),
    3: (v2: unknown) => sanitizeSettings(v2),
  },
  sanitize: sanitizeSettings,
  onDeleteAll: 'keep',
  importable: isPlainObject,
  mergeImport: (_stored, imported) => imported,
  bound: sanitizeSettings,
});
