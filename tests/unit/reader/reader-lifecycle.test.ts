import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLocationChange, startReaderLifecycle } from '../../../src/reader/reader-lifecycle';

describe('startReaderLifecycle', () => {
  it('ends an older copy when a newer one starts (the extension was reloaded under the page)', () => {
    const older = startReaderLifecycle(document, () => true);
    expect(older.isInvalid).toBe(false);
    const newer = startReaderLifecycle(document, () => true);
    expect(older.signal.aborted).toBe(true);
    expect(older.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
  });

  it('goes quiet once the extension is gone', () => {
    let alive = true;
    const life = startReaderLifecycle(document, () => alive);
    alive = false;
    expect(life.isInvalid).toBe(true);
    expect(life.signal.aborted).toBe(true);
  });
});

describe('onLocationChange', () => {
  afterEach(() => vi.useRealTimers());

  it('follows the Navigation API’s current entry where the browser has it', () => {
    const listeners = new Map<string, () => void>();
    const navigation = {
      currentEntry: { url: 'https://www.strava.com/dashboard' },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    };
    const win = { location: { href: 'https://www.strava.com/dashboard' }, navigation } as unknown as Window;
    const seen: string[] = [];
    onLocationChange(win, new AbortController().signal, (url) => seen.push(url));
    // Only a change of the document's own entry counts (not "navigate", which a download fires).
    expect([...listeners.keys()]).toEqual(['currententrychange']);
    navigation.currentEntry = { url: 'https://www.strava.com/activities/1' };
    listeners.get('currententrychange')?.();
    listeners.get('currententrychange')?.();
    expect(seen).toEqual(['https://www.strava.com/activities/1']);
  });

  it('else looks at the URL once a second, and stops when its life ends', () => {
    vi.useFakeTimers();
    const location = { href: 'https://connect.garmin.com/app/activities' };
    const win = { location, setInterval, clearInterval } as unknown as Window;
    const life = new AbortController();
    const seen: string[] = [];
    onLocationChange(win, life.signal, (url) => seen.push(url));
    location.href = 'https://connect.garmin.com/app/activity/1';
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['https://connect.garmin.com/app/activity/1']);
    life.abort();
    location.href = 'https://connect.garmin.com/app/activity/2';
    vi.advanceTimersByTime(3000);
    expect(seen).toHaveLength(1);
  });
});
