import { DEFAULT_THRESHOLDS, type Thresholds } from '../detect/thresholds';

export interface Settings {
  showFolklore: boolean;
  thresholds: Thresholds;
}

export const DEFAULT_SETTINGS: Settings = {
  showFolklore: false,
  thresholds: DEFAULT_THRESHOLDS,
};

/**
 * Settings from whatever storage held: each field that is missing or malformed falls back
 * to its default on its own, so one bad value never costs the runner the others.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const thresholds = isRecord(value.thresholds) ? value.thresholds : {};
  return {
    showFolklore: typeof value.showFolklore === 'boolean' ? value.showFolklore : DEFAULT_SETTINGS.showFolklore,
    thresholds: {
      longDistanceM: positiveOr(thresholds.longDistanceM, DEFAULT_THRESHOLDS.longDistanceM),
      longMovingTimeS: positiveOr(thresholds.longMovingTimeS, DEFAULT_THRESHOLDS.longMovingTimeS),
      fastPaceSPerKm: positiveOr(thresholds.fastPaceSPerKm, DEFAULT_THRESHOLDS.fastPaceSPerKm),
      minDistanceForPaceM: positiveOr(thresholds.minDistanceForPaceM, DEFAULT_THRESHOLDS.minDistanceForPaceM),
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
