import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '../../../src/checkins/check-in';
import { checkInsCsv } from '../../../src/data/export-data';
import { parseImport } from '../../../src/data/import-data';
import { createStoreWriter } from '../../../src/data/store-writer';
import { applyImport, deleteAllData, exportAll } from '../../../src/data/stored-data';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadStored, seed } from '../stored';

const entry = (id: number): HistoryEntry => ({
  key: `strava:${id}`,
  site: 'strava',
  activityId: String(id),
  sport: 'run',
  seenAt: id,
  distanceM: 10_000,
  signals: ['long'],
});
const checkIn = (id: number, soreness: CheckIn['soreness'] = 'mild'): CheckIn => ({
  key: `strava:${id}`,
  site: 'strava',
  activityId: String(id),
  run: { sport: 'run', startTime: '2025-10-12T07:00:00Z', distanceM: 21_100, movingTimeS: 6723 },
  signals: ['long', 'fast'],
  soreness,
  areas: ['mid-back', 'neck-shoulders'],
  redFlags: [],
  recordedAt: 1_760_000_000_000 + id,
  updatedAt: 1_760_000_000_000 + id,
});

describe('export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips everything Backstride keeps', async () => {
    await seed('settings', { ...DEFAULT_SETTINGS, units: 'mi', firstRunDone: true });
    await seed('history', [entry(1), entry(2)]);
    await seed('checkIns', [checkIn(1)]);
    const file = JSON.stringify(await exportAll(new Date('2025-11-01T00:00:00Z')));

    await deleteAllData(createStoreWriter());
    await seed('settings', DEFAULT_SETTINGS);
    expect(await loadStored('history')).toEqual([]);

    const result = parseImport(file);
    if (!result.ok) throw new Error(result.problem);
    expect(await applyImport(createStoreWriter(), result.values)).toBe('saved');
    expect((await loadStored('settings')).units).toBe('mi');
    expect((await loadStored('history')).map((kept) => kept.key)).toEqual(['strava:1', 'strava:2']);
    expect(await loadStored('checkIns')).toEqual([checkIn(1)]);
  });

  it('joins imported runs and check-ins with those already here', async () => {
    await seed('history', [entry(1)]);
    await seed('checkIns', [checkIn(1, 'none')]);
    const result = parseImport(
      JSON.stringify({
        format: 'backstride-export',
        version: 1,
        history: [entry(2)],
        checkIns: [checkIn(1, 'severe'), checkIn(3)],
      }),
    );
    if (!result.ok) throw new Error(result.problem);
    await applyImport(createStoreWriter(), result.values);
    expect((await loadStored('history')).map((kept) => kept.key)).toEqual(['strava:1', 'strava:2']);
    expect((await loadStored('checkIns')).map((kept) => [kept.key, kept.soreness])).toEqual([
      ['strava:1', 'severe'],
      ['strava:3', 'mild'],
    ]);
  });

  it('imports dismissals in one write, and imports the rest beside a newer version’s data it leaves alone', async () => {
    const newerCheckIns = { checkIns: [{ shape: 'of a later version' }], checkIns$: { v: 7 } };
    await fakeBrowser.storage.local.set({ ...newerCheckIns, dismissedRuns: ['strava:9'], dismissedRuns$: { v: 1 } });
    const result = parseImport(
      JSON.stringify({
        format: 'backstride-export',
        version: 1,
        history: [entry(2)],
        checkIns: [checkIn(3)],
        dismissedRuns: ['strava:1', 'strava:9', 'strava:2', 'strava:1'],
      }),
    );
    if (!result.ok) throw new Error(result.problem);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');

    expect(await applyImport(createStoreWriter(), result.values)).toBe('kept-newer');
    expect(set.mock.calls.filter(([items]) => 'dismissedRuns' in (items as object))).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get(['checkIns', 'checkIns$'])).toEqual(newerCheckIns);
    expect((await loadStored('history')).map((kept) => kept.key)).toEqual(['strava:2']);
    expect([...(await loadStored('dismissedRuns'))]).toEqual(['strava:1', 'strava:9', 'strava:2']);
  });

  it('reads the red flags of an export and of stored check-ins made before they were reworded', async () => {
    const old = { ...checkIn(4, 'moderate'), redFlags: ['short-of-breath', 'arm-numbness', 'chest-pain'] };
    const renamed = ['breathless-beyond-effort', 'one-arm-tingling', 'chest-pain'];
    const result = parseImport(JSON.stringify({ format: 'backstride-export', version: 1, checkIns: [old] }));
    if (!result.ok) throw new Error(result.problem);
    expect((result.values.checkIns ?? []).map((kept) => kept.redFlags)).toEqual([renamed]);

    await fakeBrowser.storage.local.set({ checkIns: [old, checkIn(5)] });
    expect((await loadStored('checkIns')).map((kept) => [kept.key, kept.redFlags])).toEqual([
      ['strava:4', renamed],
      ['strava:5', []],
    ]);
  });

  it.each([
    ['not JSON at all', 'this is not json', 'not-json'],
    ['JSON that is not ours', JSON.stringify({ hello: 'world' }), 'not-ours'],
    ['an export from a newer version', JSON.stringify({ format: 'backstride-export', version: 9 }), 'newer'],
    [
      'an export with nothing usable',
      JSON.stringify({ format: 'backstride-export', version: 1, history: ['x'] }),
      'empty',
    ],
  ])('refuses %s and changes nothing', async (_name, text, problem) => {
    await seed('history', [entry(1)]);
    expect(parseImport(text)).toEqual({ ok: false, problem });
    expect((await loadStored('history')).map((kept) => kept.key)).toEqual(['strava:1']);
  });
});

describe('checkInsCsv', () => {
  it('writes one row per check-in under a header, quoting where needed', () => {
    const csv = checkInsCsv([checkIn(7)]);
    expect(csv.split('\r\n')).toEqual([
      'run_start,site,activity_id,sport,distance_km,moving_time_s,soreness,areas,red_flags,signals,checked_in_at',
      `2025-10-12T07:00:00Z,strava,7,run,21.10,6723,mild,mid-back neck-shoulders,,long fast,${new Date(1_760_000_000_007).toISOString()}`,
      '',
    ]);
  });
});
