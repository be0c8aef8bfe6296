import type { Experience } from '../detect/classify';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../detect/thresholds';
import { LOCALES, type Locale } from '../locales';
import { isPlainObject } from '../plain-object';
import type { UnitSystem } from '../run/format';
import { SITE_IDS, type SiteId } from '../run/run-facts';

/** Kilometres, miles, or whatever the page itself shows. */
export type UnitsSetting = 'auto' | 'km' | 'mi';

/** What a view asks to change: the fields it names (and, within thresholds, only the marks it names). */
export type SettingsChange = Partial<Omit<Settings, 'thresholds' | 'pausedSites'>> & {
  thresholds?: Partial<Thresholds>;
};

/** The settings with a change applied, made safe: what the change leaves out stays as it was. */
export function applySettingsChange(settings: Settings, change: SettingsChange): Settings {
  return sanitizeSettings({ ...settings, ...change, thresholds: { ...settings.thresholds, ...change.thresholds } });
}

export interface Settings {
  units: UnitsSetting;
  thresholds: Thresholds;
  showFolklore: boolean;
  /** Pop the panel up on its own when a run has tips; off, it waits for "Show on page". */
  showPanel: boolean;
  /** Sites the runner paused Backstride on: nothing is read or shown there. */
  pausedSites: SiteId[];
  experience: Experience;
  /** The options page's first-run questions were answered or skipped. */
  firstRunDone: boolean;
  /** The language every view speaks: the browser's, unless the runner chose another. */
  language: Locale | 'auto';
}

export const DEFAULT_SETTINGS: Settings = {
  units: 'auto',
  thresholds: DEFAULT_THRESHOLDS,
  showFolklore: false,
  showPanel: true,
  pausedSites: [],
  experience: 'unknown',
  firstRunDone: false,
  language: 'auto',
};

/** The range each threshold may take (SI units); outside it a value is a typo, not a preference. */
export const THRESHOLD_LIMITS: Record<keyof Thresholds, readonly [min: number, max: number]> = {
  longDistanceM: [3_000, 100_000],
  longMovingTimeS: [20 * 60, 400 * 60],
  fastPaceSPerKm: [150, 600],
  minDistanceForPaceM: [500, 10_000],
  hillyGainPerKmM: [5, 100],
  hillyTotalGainM: [100, 5_000],
  hotC: [15, 45],
  coldC: [-30, 15],
  wornShoesM: [200_000, 2_000_000],
};

export function isThresholdValid(key: keyof Thresholds, value: number): boolean {
  const [min, max] = THRESHOLD_LIMITS[key];
  return Number.isFinite(value) && value >= min && value <= max;
}

/** The unit system to show numbers in: the runner's choice, else the page's, else metric. */
export function resolveUnits(setting: UnitsSetting, pageUnits: UnitSystem | undefined): UnitSystem {
  if (setting === 'km') return 'metric';
  if (setting === 'mi') return 'imperial';
  return pageUnits ?? 'metric';
}

/**
 * Settings from whatever storage held: each field that is missing or malformed falls back
 * to its default on its own, so one bad value never costs the runner the others.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = isPlainObject(raw) ? raw : {};
  const thresholds = isPlainObject(value.thresholds) ? value.thresholds : {};
  const sanitizedThresholds = Object.fromEntries(
    (Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]).map((key) => {
      const candidate = thresholds[key];
      return [
        key,
        typeof candidate === 'number' && isThresholdValid(key, candidate) ? candidate : DEFAULT_THRESHOLDS[key],
      ];
    }),
  ) as unknown as Thresholds;
  return {
    units: oneOf(value.units, ['auto', 'km', 'mi'] as const, DEFAULT_SETTINGS.units),
    thresholds: sanitizedThresholds,
    showFolklore: typeof value.showFolklore === 'boolean' ? value.showFolklore : DEFAULT_SETTINGS.showFolklore,
    showPanel: typeof value.showPanel === 'boolean' ? value.showPanel : DEFAULT_SETTINGS.showPanel,
    pausedSites: Array.isArray(value.pausedSites)
      ? SITE_IDS.filter((site) => (value.pausedSites as unknown[]).includes(site))
      : DEFAULT_SETTINGS.pausedSites,
    experience: oneOf(value.experience, ['unknown', 'new', 'experienced'] as const, DEFAULT_SETTINGS.experience),
    firstRunDone: typeof value.firstRunDone === 'boolean' ? value.firstRunDone : DEFAULT_SETTINGS.firstRunDone,
    language: oneOf(value.language, ['auto', ...LOCALES] as const, DEFAULT_SETTINGS.language),
  };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
