import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTabStatesInMemory, getTabState, setTabState } from '../../../src/background/session-tab-states';
import type { TabState } from '../../../src/view-state/tab-state';

const stateOf = (url: string) => ({ url }) as unknown as TabState;

describe('tab states', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetTabStatesInMemory();
  });

  it('picks up what session storage kept after the worker restarted', async () => {
    await setTabState(1, stateOf('kept'));
    forgetTabStatesInMemory();
    expect(await getTabState(1)).toEqual(stateOf('kept'));
  });

  it('keeps a state set while session storage was still being read', async () => {
    await fakeBrowser.storage.session.set({ 'tab-state:1': stateOf('before the restart') });
    let answer!: () => void;
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(
      // Read at once, answered later: the answer is what storage held when it was asked.
      ((keys: never) => {
        const held = read(keys);
        return new Promise((resolve) => {
          answer = () => resolve(held);
        });
      }) as never,
    );
    const reading = getTabState(1);
    await setTabState(1, stateOf('read just now'));
    answer();
    expect(await reading).toEqual(stateOf('read just now'));
    expect(await getTabState(1)).toEqual(stateOf('read just now'));
  });
});
