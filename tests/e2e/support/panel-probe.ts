/** What a user would see of the in-page panel, read from the page itself. */
export interface PanelSnapshot {
  /** How many `<backstride-panel>` hosts the page holds (never more than one). */
  hosts: number;
  signals: string[] | null;
  tipIds: string[];
  text: string;
}

/**
 * Runs in the page (both browsers serialize it): reads the panel through its open shadow
 * root. Kept free of outside references for that reason.
 */
export function snapshotPanel(): PanelSnapshot {
  const hosts = document.querySelectorAll('backstride-panel');
  const panel = hosts[0]?.shadowRoot?.querySelector('[data-testid="backstride-panel"]');
  const visible = panel instanceof HTMLElement && panel.getClientRects().length > 0;
  return {
    hosts: hosts.length,
    signals: visible ? (panel.getAttribute('data-signals') ?? '').split(' ').filter(Boolean) : null,
    tipIds: visible
      ? [...panel.querySelectorAll('[data-tip-id]')].map((tip) => tip.getAttribute('data-tip-id') ?? '')
      : [],
    text: visible ? (panel.textContent ?? '') : '',
  };
}
