import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

/** The settings module as a freshly started extension would load it (its migration runs on load). */
async function freshSettingsModule() {
  vi.resetModules();
  return import('../../../src/settings/settings-item');
}

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 settings, keeping what the runner chose', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        showFolklore: true,
        thresholds: { longDistanceM: 21_000, longMovingTimeS: 5400, fastPaceSPerKm: 280, minDistanceForPaceM: 2000 },
      },
    });
    const { loadSettings } = await freshSettingsModule();
    const settings = await loadSettings();
    expect(settings.showFolklore).toBe(true);
    expect(settings.thresholds).toMatchObject({ longDistanceM: 21_000, fastPaceSPerKm: 280, hotC: 25 });
    expect(settings.firstRunDone).toBe(true);
    // Written in the current shape the next time the runner saves.
    const { saveSettings } = await freshSettingsModule();
    await saveSettings({ ...settings, units: 'mi' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 3 } });
    expect((await loadSettings()).thresholds).toMatchObject({ longDistanceM: 21_000, fastPaceSPerKm: 280 });
  });

  it('falls back to defaults for corrupted settings, without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not json at all', settings$: { v: 3 } });
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('uses the defaults with settings from a newer version, and leaves them for that version', async () => {
    const future = { ...DEFAULT_SETTINGS, units: 'mi', future: 1 };
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 9 } });
    const { loadSettings, saveSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, units: 'km' });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: future,
      settings$: { v: 9 },
    });
  });
});
