import { describe, expect, it, vi } from 'vitest';
import { watchGarminActivityResponses } from '../../../src/sites/garmin-connect/bridge';

function fakeWindow(responses: Record<string, unknown>) {
  const fetch = vi.fn(async (input: string) => {
    const url = new URL(input, 'https://connect.garmin.com').href;
    const response = new Response(JSON.stringify(responses[url] ?? {}), {
      headers: { 'content-type': 'application/json' },
    });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  });
  const win = { fetch, location: { href: 'https://connect.garmin.com/modern/activity/7' } };
  return { win: win as unknown as Window & typeof globalThis, fetch };
}

describe('watchGarminActivityResponses', () => {
  it('passes on the activity JSON the page itself fetched, leaving the page’s response whole', async () => {
    const activity = {
      activityTypeDTO: { typeKey: 'running' },
      summaryDTO: { distance: 10_000, duration: 3000 },
      ownerFullName: 'Jane',
    };
    const { win } = fakeWindow({ 'https://connect.garmin.com/activity-service/activity/7': activity });
    const seen = vi.fn();
    watchGarminActivityResponses(win, seen);

    const response = await win.fetch('/activity-service/activity/7');
    expect(await response.json()).toEqual(activity);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(seen).toHaveBeenCalledWith({
      site: 'garmin-connect',
      activityId: '7',
      fields: { 'activityTypeDTO.typeKey': 'running', 'summaryDTO.distance': 10_000, 'summaryDTO.duration': 3000 },
    });
  });

  it('reads the older proxy path too, and nothing else', async () => {
    const { win } = fakeWindow({
      'https://connect.garmin.com/modern/proxy/activity-service/activity/8': { summaryDTO: { distance: 5000 } },
      'https://connect.garmin.com/activity-service/activity/8/details': { summaryDTO: { distance: 1 } },
      'https://connect.garmin.com/userprofile-service/socialProfile': { displayName: 'jane' },
    });
    const seen = vi.fn();
    watchGarminActivityResponses(win, seen);
    await win.fetch('/activity-service/activity/8/details');
    await win.fetch('/userprofile-service/socialProfile');
    await win.fetch('/modern/proxy/activity-service/activity/8');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ activityId: '8', fields: { 'summaryDTO.distance': 5000 } });
  });

  it('never makes a request of its own', async () => {
    const { win, fetch } = fakeWindow({});
    watchGarminActivityResponses(win, () => undefined);
    await win.fetch('/activity-service/activity/9');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('does not break the page when the JSON is not JSON', async () => {
    const win = {
      location: { href: 'https://connect.garmin.com/modern/activity/7' },
      fetch: async () => {
        const response = new Response('<html>maintenance</html>');
        Object.defineProperty(response, 'url', { value: 'https://connect.garmin.com/activity-service/activity/7' });
        return response;
      },
    } as unknown as Window & typeof globalThis;
    const seen = vi.fn();
    watchGarminActivityResponses(win, seen);
    await expect((await win.fetch('/activity-service/activity/7')).text()).resolves.toContain('maintenance');
    expect(seen).not.toHaveBeenCalled();
  });
});
