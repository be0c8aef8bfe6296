import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../src/background/start-background';

/**
 * Starts the real background and carries an extension page's requests to it, as the browser
 * would: views that ask for changes get them made, and answered, by the one writer.
 */
export function startBackgroundForViews(page = '/options.html'): void {
  startBackground();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page as '/') };
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender);
    return answers.find((answer: unknown) => answer !== undefined);
  }) as never);
}
