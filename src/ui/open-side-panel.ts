import { browser } from 'wxt/browser';

/**
 * Opens the browser's side panel (Firefox: the sidebar) on the runner's click. Both
 * browsers allow it only while handling that click, so nothing may be awaited before.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  if (browser.sidePanel && windowId !== undefined) return browser.sidePanel.open({ windowId });
  // Firefox's sidebar API is not in the Chrome-based types WXT gives `browser`.
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return sidebar?.open() ?? Promise.resolve();
}
