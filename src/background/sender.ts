import { type Browser, browser } from 'wxt/browser';
import type { Request } from '../messages';
import { siteOfUrl } from '../sites/match-patterns';

/** Who a message is from: our script in a page of a site we read, one of our own pages, or neither. */
export type SenderKind = 'site-page' | 'extension-page';

const ALLOWED: Record<Request['type'], readonly SenderKind[]> = {
  'run-seen': ['site-page'],
  'page-seen': ['site-page'],
  'page-left': ['site-page'],
  'runs-listed': ['site-page'],
  'import-history': ['extension-page'],
  'get-panel-view': ['site-page'],
  'dismiss-run': ['site-page'],
  'open-side-panel': ['site-page'],
  'save-check-in': ['site-page', 'extension-page'],
  'get-tab-state': ['extension-page'],
  'show-on-page': ['extension-page'],
  'change-settings': ['extension-page'],
  'pause-site': ['extension-page'],
  'import-data': ['extension-page'],
  'delete-all': ['extension-page'],
};

/** chrome-extension://<id>/ or moz-extension://<uuid>/ (WXT types getURL for known files only). */
const extensionOrigin = () => (browser.runtime as unknown as { getURL(path: string): string }).getURL('/');

export function senderKind(sender: Browser.runtime.MessageSender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (sender.url?.startsWith(extensionOrigin())) return 'extension-page';
  if (sender.tab?.id !== undefined && siteOfUrl(sender.url) !== undefined) return 'site-page';
  return undefined;
}

/** True when this kind of sender may make this request; anything else is ignored. */
export function mayAsk(request: Request, sender: Browser.runtime.MessageSender): boolean {
  const kind = senderKind(sender);
  if (kind === undefined || !ALLOWED[request.type].includes(kind)) return false;
  // A page speaks for its own tab only; naming another tab is for our own pages.
  return kind === 'extension-page' || !('tabId' in request) || request.tabId === undefined;
}
