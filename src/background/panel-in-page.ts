/**
 * The tabs whose page has the panel's code running (showing a run, or warm and empty): the
 * background tells such a panel what to show rather than injecting it again. Kept in memory
 * only: a restarted worker injects the panel afresh, and the new copy takes over.
 */
const tabsWithPanel = new Set<number>();

export function notePanelInPage(tabId: number): void {
  tabsWithPanel.add(tabId);
}

export function hasPanelInPage(tabId: number): boolean {
  return tabsWithPanel.has(tabId);
}

/** A worker starts knowing of no panel. */
export function forgetPanelsInMemory(): void {
  tabsWithPanel.clear();
}

/** The tab loads another document (or closed): whatever panel it had is gone. */
export function forgetPanelInPage(tabId: number): void {
  tabsWithPanel.delete(tabId);
}
