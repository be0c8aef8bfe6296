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

  it.each([
    'history',
    'checkIns',
    'dismissedRuns',
  ])('reads %s written by a newer version as far as it can', async (key) => {
    const value = key === 'history' ? [goodEntry] : key === 'dismissedRuns' ? ['strava:1'] : [];
    await fakeBrowser.storage.local.set({ [key]: value, [`${key}$`]: { v: 99 } });
    const { history, dismissed, checkIns } = await freshModules();
    if (key === 'history') expect((await history.loadHistory()).map((entry) => entry.key)).toEqual(['strava:1']);
    if (key === 'dismissedRuns') expect([...(await dismissed.loadDismissed())]).toEqual(['strava:1']);
    if (key === 'checkIns') expect(await checkIns.loadCheckIns()).toEqual([]);
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
