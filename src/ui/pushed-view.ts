import { isPanelUpdate, type PanelUpdate } from '../messages';

/**
 * Run by the background in the page's isolated world (serialized: it refers to nothing
 * outside itself), sent together with the panel's code: leaves the panel's first view there,
 * so the panel shows at once rather than asking for it. Page scripts cannot see it. Dropped
 * when a panel already runs in the page: that one asked, or will be told, and a view left
 * lying could be taken, stale, by a copy injected later. The view comes as JSON text: Chrome
 * drops the null fields of an object passed to a script this way, and a null is part of what
 * a view says.
 */
export function leaveViewForPanel(updateJson: string): void {
  const world = globalThis as Record<symbol, unknown>;
  // The in-page panel's own mark that it has started (in-page-panel.ts).
  if (world[Symbol.for('backstride.in-page-panel')]) return;
  world[Symbol.for('backstride.pushed-panel-view')] = updateJson;
}

/** Takes the view the background left for the panel, if any (only once), in its exact shape. */
export function takePushedView(): PanelUpdate | undefined {
  const world = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('backstride.pushed-panel-view');
  const pushed = world[key];
  delete world[key];
  if (typeof pushed !== 'string') return undefined;
  try {
    const update: unknown = JSON.parse(pushed);
    return isPanelUpdate(update) ? update : undefined;
  } catch {
    return undefined;
  }
}
