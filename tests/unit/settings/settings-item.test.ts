import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadStored, seed } from '../stored';

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    expect(await loadStored('settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 settings, keeping what the runner chose', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        showFolklore: true,
        thresholds: { longDistanceM: 21_000, longMovingTimeS: 5400, fastPaceSPerKm: 280, minDistanceForPaceM: 2000 },
      },
    });
    const settings = await loadStored('settings');
    expect(settings.showFolklore).toBe(true);
    expect(settings.thresholds).toMatchObject({ longDistanceM: 21_000, fastPaceSPerKm: 280, hotC: 25 });
    expect(settings.firstRunDone).toBe(true);
    // Written in the current shape the next time the runner saves.
    await seed('settings', { ...settings, units: 'mi' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
    expect((await loadStored('settings')).thresholds).toMatchObject({ longDistanceM: 21_000, fastPaceSPerKm: 280 });
  });

  it('falls back to defaults for corrupted settings, without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not json at all', settings$: { v: 3 } });
    expect(await loadStored('settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('uses the defaults with settings from a newer version, and leaves them for that version', async () => {
    const future = { ...DEFAULT_SETTINGS, units: 'mi', future: 1 };
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 9 } });
    expect(await loadStored('settings')).toEqual(DEFAULT_SETTINGS);
    await seed('settings', { ...DEFAULT_SETTINGS, units: 'km' });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: future,
      settings$: { v: 9 },
    });
  });
});
