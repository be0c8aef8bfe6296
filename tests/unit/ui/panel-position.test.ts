import { describe, expect, it } from 'vitest';
import { PANEL_DEFAULT_TOP, panelPlacement } from '../../../src/ui/panel-position';

const viewport = { width: 1280, height: 900 };

describe('panelPlacement', () => {
  it('docks at the usual height when nothing is in the way', () => {
    expect(panelPlacement(undefined, viewport)).toEqual({ top: PANEL_DEFAULT_TOP, startCollapsed: false });
    expect(panelPlacement({ top: 150, bottom: 320, left: 140, right: 700 }, viewport)).toEqual({
      top: PANEL_DEFAULT_TOP,
      startCollapsed: false,
    });
  });

  it('moves below the headline numbers when they reach under the panel', () => {
    expect(panelPlacement({ top: 150, bottom: 320, left: 140, right: 1140 }, viewport)).toEqual({
      top: 336,
      startCollapsed: false,
    });
  });

  it('starts as a small tab below the numbers when there is no room to open', () => {
    expect(panelPlacement({ top: 150, bottom: 518, left: 0, right: 800 }, { width: 800, height: 600 })).toEqual({
      top: 534,
      startCollapsed: true,
    });
    expect(panelPlacement({ top: 150, bottom: 900, left: 0, right: 800 }, { width: 800, height: 600 }).top).toBe(552);
  });
});
