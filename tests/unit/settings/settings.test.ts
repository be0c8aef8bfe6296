import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isThresholdValid, resolveUnits, sanitizeSettings } from '../../../src/settings/settings';
import { browserLocale, chosenLocale } from '../../../src/words/locale';

describe('sanitizeSettings', () => {
  it('keeps valid settings as they are', () => {
    const custom = {
      ...DEFAULT_SETTINGS,
      units: 'mi' as const,
      showFolklore: true,
      experience: 'new' as const,
      firstRunDone: true,
      language: 'pt' as const,
      thresholds: { ...DEFAULT_SETTINGS.thresholds, longDistanceM: 25_000 },
    };
    expect(sanitizeSettings(custom)).toEqual(custom);
  });

  it.each([null, undefined, 'garbage', 42, [], { thresholds: 'nope' }])('falls back to defaults for %j', (raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces only the fields that are broken', () => {
    const raw = {
      showFolklore: true,
      units: 'furlongs',
      thresholds: { longDistanceM: -5, fastPaceSPerKm: 270, hotC: 99 },
    };
    expect(sanitizeSettings(raw)).toEqual({
      ...DEFAULT_SETTINGS,
      showFolklore: true,
      thresholds: { ...DEFAULT_SETTINGS.thresholds, fastPaceSPerKm: 270 },
    });
  });
});

describe('thresholds', () => {
  it.each([
    ['longDistanceM', 15_000, true],
    ['longDistanceM', 500, false],
    ['fastPaceSPerKm', 100, false],
    ['coldC', -10, true],
    ['hotC', Number.NaN, false],
  ] as const)('%s = %d is valid: %s', (key, value, valid) => {
    expect(isThresholdValid(key, value)).toBe(valid);
  });
});

describe('resolveUnits', () => {
  it.each([
    ['km', 'imperial', 'metric'],
    ['mi', 'metric', 'imperial'],
    ['auto', 'imperial', 'imperial'],
    ['auto', undefined, 'metric'],
  ] as const)('%s with a page in %s → %s', (setting, page, expected) => {
    expect(resolveUnits(setting, page)).toBe(expected);
  });
});

describe('the language setting', () => {
  it.each([
    ['it', 'it'],
    ['auto', 'auto'],
    ['xx', 'auto'],
    [7, 'auto'],
    ['EN', 'auto'],
  ])('%j is kept as %j', (language, kept) => {
    expect(sanitizeSettings({ ...DEFAULT_SETTINGS, language }).language).toBe(kept);
  });

  it('leaves the language to the browser unless the runner chose one', () => {
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(chosenLocale('nl')).toBe('nl');
    expect(chosenLocale('auto')).toBe(browserLocale());
  });
});
