import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineVersionedItem } from '../../../src/storage/versioned-item';

/** A list of names; version 1 stored one comma-separated string, version 2 an array. */
const sanitize = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((name): name is string => typeof name === 'string') : [];
const splitNames = vi.fn((v1: unknown) => (typeof v1 === 'string' ? v1.split(',') : v1));
const names = () => defineVersionedItem('local:names', { version: 2, migrations: { 2: splitNames }, sanitize });
const stored = async () => fakeBrowser.storage.local.get(['names', 'names$']);

describe('a versioned stored item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    splitNames.mockClear();
  });

  it('gives the defaults when nothing is stored, and saves with its version', async () => {
    const item = names();
    expect(await item.load()).toEqual([]);
    expect(await item.save(['ada'])).toBe('saved');
    expect(await stored()).toEqual({ names: ['ada'], names$: { v: 2 } });
  });

  it('migrates an older value on load, and writes the new shape only when saved', async () => {
    await fakeBrowser.storage.local.set({ names: 'ada,grace' });
    const item = names();
    expect(await item.load()).toEqual(['ada', 'grace']);
    expect(await stored()).toEqual({ names: 'ada,grace' });
    await item.save([...(await item.load()), 'katherine']);
    expect(await stored()).toEqual({ names: ['ada', 'grace', 'katherine'], names$: { v: 2 } });
    expect(await item.load()).toEqual(['ada', 'grace', 'katherine']);
    expect(splitNames).toHaveBeenCalledTimes(2);
  });

  it('gives the defaults when a migration fails', async () => {
    await fakeBrowser.storage.local.set({ names: 'ada', names$: { v: 1 } });
    splitNames.mockImplementationOnce(() => {
      throw new Error('a shape the migration did not expect');
    });
    expect(await names().load()).toEqual([]);
  });

  it.each([
    ['garbage'],
    [{ v: 'two' }],
    [{ v: 0 }],
    [{ v: 1.5 }],
  ])('reads a value with a corrupted version (%j) as the defaults, and repairs it on save', async (meta) => {
    await fakeBrowser.storage.local.set({ names: ['ada'], names$: meta });
    const item = names();
    expect(await item.load()).toEqual([]);
    await item.save(['grace']);
    expect(await stored()).toEqual({ names: ['grace'], names$: { v: 2 } });
  });

  it('reads a newer version’s value as the defaults, and never overwrites it', async () => {
    await fakeBrowser.storage.local.set({ names: { shape: 'of the future' }, names$: { v: 3 } });
    const item = names();
    expect(await item.load()).toEqual([]);
    expect(await item.save(['ada'])).toBe('kept-newer');
    expect(await stored()).toEqual({ names: { shape: 'of the future' }, names$: { v: 3 } });
  });

  it('clears any value, a newer version’s too', async () => {
    await fakeBrowser.storage.local.set({ names: { shape: 'of the future' }, names$: { v: 3 } });
    await names().clear();
    expect(await stored()).toEqual({});
  });

  it('fails a load it could not read, so nothing is saved over the stored value', async () => {
    await fakeBrowser.storage.local.set({ names: ['ada', 'grace'], names$: { v: 2 } });
    const item = names();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    const addKatherine = async () => item.save([...(await item.load()), 'katherine']);
    await expect(addKatherine()).rejects.toThrow('IO error');
    get.mockRestore();
    expect(await item.load()).toEqual(['ada', 'grace']);
  });

  it('tells watchers the sanitized value', async () => {
    const item = names();
    const seen: string[][] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.save(['ada']);
    await fakeBrowser.storage.local.set({ names: ['grace', 42] });
    await item.save(['katherine']);
    await item.clear();
    expect(seen).toEqual([['ada'], ['grace'], ['katherine'], []]);
    unwatch();
  });
});
