import { describe, expect, it, vi } from 'vitest';
import { READER_SOURCE } from '../../../src/bridge/protocol';
import { answerStravaModelRequests, readStravaPageModel } from '../../../src/sites/strava/bridge';

function stravaWindow(model: Record<string, unknown>, preference = 'feet') {
  const win = window as unknown as Window & Record<string, unknown>;
  win.pageView = { activity: () => ({ id: model.id, get: (key: string) => model[key] }) };
  win.currentAthlete = { get: (key: string) => (key === 'measurement_preference' ? preference : undefined) };
  return win;
}

describe('readStravaPageModel', () => {
  it('reads the activity model and the athlete’s unit choice', () => {
    const win = stravaWindow({
      id: 42,
      type: 'Run',
      distance: 8046.72,
      moving_time: 2250,
      commute: false,
      polyline: [1, 2],
    });
    expect(readStravaPageModel(win, '42')).toEqual({
      site: 'strava',
      activityId: '42',
      fields: { type: 'Run', distance: 8046.72, moving_time: 2250, commute: false, measurement_preference: 'feet' },
    });
  });

  it.each([
    ['the signed-in athlete’s own', 501, 501, true],
    ['another athlete’s', 501, '777', false],
    ['an activity whose athlete is unknown', 501, undefined, undefined],
    ['a page with nobody signed in', undefined, 777, undefined],
  ])('says whether it is %s activity, never who', (_case, viewerId, ownerId, expected) => {
    const win = stravaWindow({ id: 42, type: 'Run' });
    (win.currentAthlete as { id?: unknown }).id = viewerId;
    (win.pageView as Record<string, unknown>).activityAthlete = () => ({
      get: (key: string) => (key === 'id' ? ownerId : undefined),
    });
    const fields = readStravaPageModel(win, '42')?.fields ?? {};
    expect(fields.viewer_is_athlete).toBe(expected);
    expect(Object.values(fields)).not.toContain(777);
    expect(Object.values(fields)).not.toContain('777');
  });

  it('still reads the activity when asking for its athlete throws', () => {
    const win = stravaWindow({ id: 42, type: 'Run', distance: 5000 });
    (win.currentAthlete as { id?: unknown }).id = 501;
    (win.pageView as Record<string, unknown>).activityAthlete = () => {
      throw new Error('page bug');
    };
    expect(readStravaPageModel(win, '42')?.fields).toEqual({
      type: 'Run',
      distance: 5000,
      measurement_preference: 'feet',
    });
  });

  it('reads nothing from a model of another activity', () => {
    expect(readStravaPageModel(stravaWindow({ id: 41, type: 'Run' }), '42')).toBeNull();
  });

  it('never throws, whatever the page put there', () => {
    const win = window as unknown as Window & Record<string, unknown>;
    win.pageView = {
      activity: () => {
        throw new Error('page bug');
      },
    };
    expect(readStravaPageModel(win, '42')).toBeNull();
    win.pageView = undefined;
    expect(readStravaPageModel(win, '42')).toBeNull();
  });
});

describe('answerStravaModelRequests', () => {
  it('answers once the page has built the model for the requested activity', async () => {
    vi.useFakeTimers();
    const win = stravaWindow({ id: 1, type: 'Run' });
    const post = vi.fn();
    answerStravaModelRequests(win, post);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: READER_SOURCE, kind: 'read-page-model', activityId: '2' },
        source: window,
      }),
    );
    expect(post).not.toHaveBeenCalled();
    stravaWindow({ id: 2, type: 'Run', distance: 5000 });
    await vi.advanceTimersByTimeAsync(150);
    expect(post).toHaveBeenCalledWith(
      expect.objectContaining({ activityId: '2', fields: expect.objectContaining({ distance: 5000 }) }),
    );
    vi.useRealTimers();
  });
});
