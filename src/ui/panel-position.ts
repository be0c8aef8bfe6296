export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const PANEL_WIDTH = 340;
export const PANEL_MARGIN = 16;
/** Below most sites' fixed top bars. */
export const PANEL_DEFAULT_TOP = 72;
/** Below this much height the panel is too cramped to read: it starts as a tab instead. */
export const MIN_PANEL_HEIGHT = 260;
/** Room the collapsed tab needs. */
const TAB_HEIGHT = 48;

export interface PanelPlacement {
  /** Distance from the top of the viewport. */
  top: number;
  /** No room below the headline numbers: start as a small tab rather than cover them. */
  startCollapsed: boolean;
}

/**
 * Where the panel docks at the right edge: at the usual height when that clears the page's
 * headline numbers, else just below them; and as a tab when there is no room left below.
 */
export function panelPlacement(headline: Box | undefined, viewport: { width: number; height: number }): PanelPlacement {
  const usual = { top: PANEL_DEFAULT_TOP, startCollapsed: false };
  if (!headline) return usual;
  const panelLeft = viewport.width - PANEL_MARGIN - PANEL_WIDTH;
  const overlapsHorizontally = headline.right > panelLeft && headline.left < viewport.width - PANEL_MARGIN;
  if (!overlapsHorizontally || headline.bottom <= PANEL_DEFAULT_TOP) return usual;
  const below = Math.round(headline.bottom + PANEL_MARGIN);
  if (viewport.height - below - PANEL_MARGIN >= MIN_PANEL_HEIGHT) return { top: below, startCollapsed: false };
  return { top: Math.min(below, viewport.height - TAB_HEIGHT), startCollapsed: true };
}
