import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/settings/settings';

describe('sanitizeSettings', () => {
  it('keeps valid settings as they are', () => {
    const custom = { showFolklore: true, thresholds: { ...DEFAULT_SETTINGS.thresholds, longDistanceM: 25_000 } };
    expect(sanitizeSettings(custom)).toEqual(custom);
  });

  it.each([null, undefined, 'garbage', 42, [], { thresholds: 'nope' }])('falls back to defaults for %j', (raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces only the field that is broken', () => {
    const raw = { showFolklore: true, thresholds: { longDistanceM: -5, fastPaceSPerKm: 270 } };
    expect(sanitizeSettings(raw)).toEqual({
      showFolklore: true,
      thresholds: { ...DEFAULT_SETTINGS.thresholds, fastPaceSPerKm: 270 },
    });
  });
});
