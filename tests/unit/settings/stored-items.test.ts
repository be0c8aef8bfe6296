import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

/** Every stored item as a freshly started extension loads it (migrations run on load). */
async function freshModules() {
  vi.resetModules();
  const [settings, history, checkIns, dismissed] = await Promise.all([
    import('../../../src/settings/settings-item'),
    import('../../../src/history/history-item'),
    import('../../../src/checkins/check-in-item'),
    import('../../../src/settings/dismissed-runs'),
  ]);
  return { settings, history, checkIns, dismissed };
}

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
    const { settings, history, checkIns, dismissed } = await freshModules();
    expect((await settings.loadSettings()).units).toBe('mi');
    expect(await history.loadHistory()).toEqual([]);
    expect(await checkIns.loadCheckIns()).toEqual([]);
    expect([...(await dismissed.loadDismissed())]).toEqual(['strava:1']);
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
    const { settings, history, checkIns, dismissed } = await freshModules();
    const { deleteAllData } = await import('../../../src/data/stored-data');
    expect(await history.loadHistory()).toEqual([]);
    expect(await checkIns.loadCheckIns()).toEqual([]);
    expect([...(await dismissed.loadDismissed())]).toEqual([]);
    expect((await settings.loadSettings()).units).toBe('mi');

    await history.saveHistory([{ ...goodEntry, key: 'strava:2', activityId: '2' } as never]);
    await dismissed.setDismissed('strava:3', true);
    expect(await fakeBrowser.storage.local.get(['history', 'dismissedRuns'])).toEqual({
      history: future.history,
      dismissedRuns: future.dismissedRuns,
    });

    await deleteAllData();
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).sort()).toEqual(['settings', 'settings$']);
  });

  it('keeps the history within its cap, dropping the oldest first', async () => {
    const { history } = await freshModules();
    const { addToLog } = await import('../../../src/history/run-log');
    let log = await history.loadHistory();
    for (let id = 1; id <= 1005; id++)
      log = addToLog(log, { ...goodEntry, key: `strava:${id}`, activityId: String(id), seenAt: id } as never);
    await history.saveHistory(log);
    const kept = await history.loadHistory();
    expect(kept).toHaveLength(1000);
    expect(kept[0]?.activityId).toBe('6');
  });
});
