import { describe, expect, it } from 'vitest';
import {
  MIN_PANEL_HEIGHT,
  MIN_PANEL_WIDTH,
  PANEL_DEFAULT_TOP,
  PANEL_WIDTH,
  panelPlacement,
} from '../../../src/ui/panel-position';

const laptop = { width: 1366, height: 657 };

describe('panelPlacement', () => {
  it('docks at the usual height and width when nothing is in the way', () => {
    const usual = { top: PANEL_DEFAULT_TOP, width: PANEL_WIDTH, startCollapsed: false };
    expect(panelPlacement(undefined, laptop)).toEqual(usual);
    expect(panelPlacement({ top: 150, bottom: 320, left: 140, right: 700 }, laptop)).toEqual(usual);
    // Numbers above the usual height (a page scrolled past them) are not in the way.
    expect(panelPlacement({ top: 0, bottom: 60, left: 0, right: 1366 }, laptop)).toEqual(usual);
  });

  it('stays beside the numbers, narrower, when the room right of them is at least the narrowest readable width', () => {
    // Strava's sample at 1280×720: the numbers' text ends at 958 px.
    expect(panelPlacement({ top: 198, bottom: 432, left: 157, right: 958 }, { width: 1280, height: 720 })).toEqual({
      top: PANEL_DEFAULT_TOP,
      width: 1280 - 16 - (958 + 16),
      startCollapsed: false,
    });
    const squeezed = panelPlacement({ top: 198, bottom: 432, left: 157, right: 1366 - 32 - MIN_PANEL_WIDTH }, laptop);
    expect(squeezed).toEqual({ top: PANEL_DEFAULT_TOP, width: MIN_PANEL_WIDTH, startCollapsed: false });
  });

  it('goes below the numbers when they leave too little room beside them', () => {
    expect(panelPlacement({ top: 150, bottom: 200, left: 140, right: 1140 }, laptop)).toEqual({
      top: 216,
      width: PANEL_WIDTH,
      startCollapsed: false,
    });
  });

  it('starts as a small tab when no place clear of the numbers is tall enough for the compact panel', () => {
    const below = 657 - 16 - MIN_PANEL_HEIGHT + 1;
    expect(panelPlacement({ top: 150, bottom: below - 16, left: 140, right: 1200 }, laptop)).toEqual({
      top: below,
      width: PANEL_WIDTH,
      startCollapsed: true,
    });
    expect(panelPlacement({ top: 150, bottom: 900, left: 0, right: 1366 }, laptop).top).toBe(657 - 48);
    expect(panelPlacement(undefined, { width: 1366, height: 300 }).startCollapsed).toBe(true);
  });

  it('never runs off a narrow window', () => {
    const phone = panelPlacement(undefined, { width: 300, height: 800 });
    expect(phone.width).toBeLessThanOrEqual(300 - 32);
    expect(phone.startCollapsed).toBe(true);
  });
});
