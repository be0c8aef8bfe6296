/** Where the in-page panel's parts and the page's headline numbers are, as a runner sees them. */

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PanelLayout {
  collapsed: string | null;
  panel: Rect | null;
  body: Rect | null;
  bestTitle: Rect | null;
  bestWhy: Rect | null;
  bestWhyText: string;
  otherTitles: Rect[];
  safety: Rect | null;
  numbers: Rect[];
  viewport: Rect;
}

/** A page expression: true once the panel has finished sliding in (mid-animation it sits 16 px off). */
export const PANEL_SETTLED = `document.querySelector('backstride-panel').shadowRoot.querySelector('[data-testid="backstride-panel"]').getAnimations().every((animation) => animation.playState === 'finished')`;

export const inside = (inner: Rect, outer: Rect) =>
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5;

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Runs in the page: where the panel's parts and the page's numbers are (self-contained, as both browsers serialize it). */
export function measureLayout(numbersSelector: string): PanelLayout {
  const box = (element: Element | null | undefined): Rect | null => {
    if (!element) return null;
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  };
  const root = document.querySelector('backstride-panel')?.shadowRoot;
  const panel = root?.querySelector('[data-testid="backstride-panel"]');
  const best = root?.querySelector('[data-tip-id]');
  const numbers: Rect[] = [];
  const range = document.createRange();
  for (const element of document.querySelectorAll(numbersSelector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim()) continue;
      range.selectNodeContents(text);
      for (const { top, bottom, left, right, width } of range.getClientRects()) {
        if (width > 0) numbers.push({ top, bottom, left, right });
      }
    }
  }
  return {
    collapsed: panel?.getAttribute('data-collapsed') ?? null,
    panel: box(panel),
    body: box(root?.querySelector('.bs-panel-body')),
    bestTitle: box(best?.querySelector('.bs-tip-title')),
    bestWhy: box(best?.querySelector('.bs-tip-why')),
    bestWhyText: best?.querySelector('.bs-tip-why')?.textContent ?? '',
    otherTitles: [...(root?.querySelectorAll('.bs-tip-folded > details > summary') ?? [])].flatMap((summary) => {
      const rect = box(summary);
      return rect ? [rect] : [];
    }),
    safety: box(root?.querySelector('[data-testid="safety-note"]')),
    numbers,
    viewport: { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth },
  };
}

export function boxOf(selector: string): Rect | null {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null;
}
