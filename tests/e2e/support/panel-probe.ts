/** What a user would see of the in-page panel, read from the page itself. */
export interface PanelSnapshot {
  /** How many `<backstride-panel>` hosts the page holds (never more than one). */
  hosts: number;
  /** The signals the visible panel lists; null when no panel is visible. */
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

/** The errors the page itself saw (the fixture pages record them from their first script). */
export function pageErrors(): string[] {
  return (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? ['the page has no error recorder'];
}

const snapshot = `(${snapshotPanel.toString()})()`;

/** A page expression: true once the panel shows exactly these signals. */
export function panelShows(signals: readonly string[]): string {
  return `(() => { const s = ${snapshot}; return s.signals !== null && s.signals.join(' ') === ${JSON.stringify(signals.join(' '))}; })()`;
}

/**
 * A page expression: true once the panel shows these signals, and perhaps more that rest on
 * the history (a run opened after the runner's activity list has been seen).
 */
export function panelShowsAtLeast(signals: readonly string[]): string {
  return `(() => { const s = ${snapshot}; return s.signals !== null && ${JSON.stringify(signals)}.every((id) => s.signals.includes(id)); })()`;
}

/** A page expression: true while no panel is on the page. */
export const NO_PANEL = `${snapshot}.hosts === 0`;

/** A page expression: true once the panel is visible, whatever it shows. */
export const PANEL_SHOWN = `${snapshot}.signals !== null`;

/** A wait that timed out, with what the page showed at that moment: so a failing run says why. */
export async function explainTimeout(
  error: unknown,
  expression: string,
  snapshot: () => Promise<PanelSnapshot>,
): Promise<never> {
  const seen = await snapshot().then(
    ({ hosts, signals, tipIds }) => JSON.stringify({ hosts, signals, tipIds }),
    () => 'the page could not be read',
  );
  throw new Error(`Waited in vain for ${expression.slice(-160)}; the panel then: ${seen}`, { cause: error });
}
