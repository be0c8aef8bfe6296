import { browser } from 'wxt/browser';
import type { ReplyTo, Request } from './messages';

/**
 * Asks the background and gives its typed answer; undefined when no answer can come (the
 * extension was reloaded or removed under a page): never an error in the page.
 */
export async function ask<R extends Request>(request: R): Promise<ReplyTo<R['type']> | undefined> {
  try {
    return (await browser.runtime.sendMessage(request)) as ReplyTo<R['type']> | undefined;
  } catch {
    return undefined;
  }
}
