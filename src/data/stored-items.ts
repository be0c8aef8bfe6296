import { CHECK_INS_ITEM } from '../checkins/check-in-item';
import { COVERAGE_ITEM } from '../history/coverage';
import { HISTORY_ITEM } from '../history/history-item';
import { DISMISSED_RUNS_ITEM } from '../settings/dismissed-runs';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { openItem } from '../storage/read-item';
import type { StoredItem } from '../storage/stored-item';
import type { VersionedItem } from '../storage/versioned-item';

/**
 * Everything Backstride keeps, one entry per stored item. Export, import and delete-all go
 * through this list, so an item added here is exported, imported and deleted with the rest.
 * The names are the export file's field names.
 */
export const STORED_ITEMS = {
  settings: SETTINGS_ITEM,
  history: HISTORY_ITEM,
  historyCoverage: COVERAGE_ITEM,
  checkIns: CHECK_INS_ITEM,
  dismissedRuns: DISMISSED_RUNS_ITEM,
} as const;

export type StoredName = keyof typeof STORED_ITEMS;
export type StoredValues = { [N in StoredName]: (typeof STORED_ITEMS)[N] extends StoredItem<infer T> ? T : never };

export const STORED_NAMES = Object.keys(STORED_ITEMS) as StoredName[];

const versioned = Object.fromEntries(
  STORED_NAMES.map((name) => [name, openItem<unknown>(STORED_ITEMS[name] as StoredItem<unknown>)]),
) as unknown as { [N in StoredName]: VersionedItem<StoredValues[N]> };

/** The item's storage, versions and sanitizing included; only the background's writer saves through it. */
export const versionedItem = <N extends StoredName>(name: N): VersionedItem<StoredValues[N]> => versioned[name];

/** What is stored, as this version of Backstride reads it (defaults for what it cannot trust). */
export const loadStored = <N extends StoredName>(name: N): Promise<StoredValues[N]> => versioned[name].load();

/** Calls back with every change, whoever made it; returns the way to stop. */
export const watchStored = <N extends StoredName>(name: N, onChange: (value: StoredValues[N]) => void): (() => void) =>
  versioned[name].watch(onChange);
