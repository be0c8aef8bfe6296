export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The panel's width where there is room for it. */
export const PANEL_WIDTH = 340;
/** Narrower than this, a tip's title wraps on every other word: too cramped to read. */
export const MIN_PANEL_WIDTH = 280;
export const PANEL_MARGIN = 16;
/** Below most sites' fixed top bars. */
export const PANEL_DEFAULT_TOP = 72;
/**
 * The compact panel's height: header, run, signals, the best tip with its why, the other tips'
 * titles, the buttons and the safety line. Below this it starts as a tab instead.
 */
export const MIN_PANEL_HEIGHT = 400;
/** Room the collapsed tab needs. */
const TAB_HEIGHT = 48;

export interface PanelPlacement {
  /** Distance from the top of the viewport. */
  top: number;
  width: number;
  /** No room anywhere clear of the headline numbers: start as a small tab rather than cover them. */
  startCollapsed: boolean;
}

/**
 * Where the panel docks at the right edge, clear of where the page draws its headline
 * numbers (`numbers`, the box their text covers, in page coordinates at the top of the page):
 * at the usual height beside them, narrower if need be; else below them; else as a tab.
 */
export function panelPlacement(numbers: Box | undefined, viewport: { width: number; height: number }): PanelPlacement {
  const tallEnough = (top: number) => viewport.height - top - PANEL_MARGIN >= MIN_PANEL_HEIGHT;
  const usualWidth = Math.min(PANEL_WIDTH, viewport.width - 2 * PANEL_MARGIN);
  const usual = { top: PANEL_DEFAULT_TOP, width: usualWidth, startCollapsed: false };
  const roomy = usualWidth >= MIN_PANEL_WIDTH && tallEnough(PANEL_DEFAULT_TOP);
  if (!numbers || numbers.bottom <= PANEL_DEFAULT_TOP || numbers.top >= viewport.height - PANEL_MARGIN) {
    return roomy ? usual : asTab(PANEL_DEFAULT_TOP, usualWidth, viewport);
  }

  const widthBeside = Math.min(usualWidth, viewport.width - PANEL_MARGIN - (numbers.right + PANEL_MARGIN));
  if (widthBeside >= MIN_PANEL_WIDTH && tallEnough(PANEL_DEFAULT_TOP)) {
    return { top: PANEL_DEFAULT_TOP, width: widthBeside, startCollapsed: false };
  }
  const below = Math.round(numbers.bottom + PANEL_MARGIN);
  if (usualWidth >= MIN_PANEL_WIDTH && tallEnough(below))
    return { top: below, width: usualWidth, startCollapsed: false };
  return asTab(below, usualWidth, viewport);
}

function asTab(top: number, width: number, viewport: { height: number }): PanelPlacement {
  return { top: Math.max(0, Math.min(top, viewport.height - TAB_HEIGHT)), width, startCollapsed: true };
}
