import { isPanelUpdate, type PanelUpdate } from '../messages';

/**
 * Run by the background in the page's isolated world (serialized: it refers to nothing
 * outside itself), just before it injects the panel's code: leaves the panel's first view
 * there, so the panel shows at once rather than asking for it. Page scripts cannot see it.
 */
export function leaveViewForPanel(update: unknown): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('backstride.pushed-panel-view')] = update;
}

/** Takes the view the background left for the panel, if any (only once), in its exact shape. */
export function takePushedView(): PanelUpdate | undefined {
  const world = globalThis as Record<symbol, unknown>;
  const key = Symbol.for('backstride.pushed-panel-view');
  const pushed = world[key];
  delete world[key];
  return isPanelUpdate(pushed) ? pushed : undefined;
}
