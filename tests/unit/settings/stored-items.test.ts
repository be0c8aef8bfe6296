import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStoreWriter } from '../../../src/data/store-writer';
import { deleteAllData } from '../../../src/data/stored-data';
import { HISTORY_CAP, mergeIntoLog } from '../../../src/history/run-log';
import { withDismissal } from '../../../src/settings/dismissed-runs';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadStored, seed } from '../stored';

const goodEntry = {
  key: 'strava:1',
  site: 'strava',
  activityId: '1',
  sport: 'run',
  seenAt: 5,
  distanceM: 5000,
  signals: [],
};

describe('every stored item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('falls back for a corrupted item alone and keeps the others', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, units: 'mi', firstRunDone: true },
      settings$: { v: 3 },
      history: 'this is not a list',
      checkIns: [{ nonsense: true }],
      dismissedRuns: ['strava:1', 42, null],
    });
    expect((await loadStored('settings')).units).toBe('mi');
    expect(await loadStored('history')).toEqual([]);
    expect(await loadStored('checkIns')).toEqual([]);
    expect([...(await loadStored('dismissedRuns'))]).toEqual(['strava:1']);
  });

  it('uses the defaults for items a newer version wrote, keeps them untouched, and still deletes them on request', async () => {
    const future = { history: [goodEntry], checkIns: [{ future: true }], dismissedRuns: ['strava:1'] };
    await fakeBrowser.storage.local.set({
      ...future,
      history$: { v: 2 },
      checkIns$: { v: 7 },
      dismissedRuns$: { v: 99 },
      settings: { ...DEFAULT_SETTINGS, units: 'mi' },
      settings$: { v: 3 },
    });
    expect(await loadStored('history')).toEqual([]);
    expect(await loadStored('checkIns')).toEqual([]);
    expect([...(await loadStored('dismissedRuns'))]).toEqual([]);
    expect((await loadStored('settings')).units).toBe('mi');

    await seed('history', [{ ...goodEntry, key: 'strava:2', activityId: '2' } as never]);
    await createStoreWriter().update('dismissedRuns', (keys) => withDismissal(keys, 'strava:3', true));
    expect(await fakeBrowser.storage.local.get(['history', 'dismissedRuns'])).toEqual({
      history: future.history,
      dismissedRuns: future.dismissedRuns,
    });

    await deleteAllData(createStoreWriter());
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).sort()).toEqual(['settings', 'settings$']);
  });

  it('keeps the history within its cap, dropping the oldest runs first, in one merge', async () => {
    const runs = Array.from({ length: HISTORY_CAP + 5 }, (_, index) => ({
      ...goodEntry,
      key: `strava:${index + 1}`,
      activityId: String(index + 1),
      startTime: new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 19),
      seenAt: 1,
    })) as never[];
    await seed('history', mergeIntoLog([], runs));
    const kept = await loadStored('history');
    expect(kept).toHaveLength(HISTORY_CAP);
    expect(kept[0]?.activityId).toBe('6');
  });
});
