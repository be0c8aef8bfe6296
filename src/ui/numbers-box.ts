import type { Box } from './panel-position';

/**
 * Where the page draws the run's headline numbers, as the fixed panel meets them with the page
 * scrolled to the top (page coordinates down, viewport coordinates across):
 * the box around their text, not around the blocks that hold them, whose empty parts the
 * panel may cover. Undefined when the page shows none (yet).
 */
export function numbersBox(selector: string, root: Document = document): Box | undefined {
  let box: Box | undefined;
  const range = root.createRange();
  const scrollY = root.defaultView?.scrollY ?? 0;
  for (const element of root.querySelectorAll(selector)) {
    const texts = root.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text !== null; text = texts.nextNode()) {
      if (!text.textContent?.trim()) continue;
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        box = {
          top: Math.min(box?.top ?? Infinity, rect.top + scrollY),
          bottom: Math.max(box?.bottom ?? -Infinity, rect.bottom + scrollY),
          left: Math.min(box?.left ?? Infinity, rect.left),
          right: Math.max(box?.right ?? -Infinity, rect.right),
        };
      }
    }
  }
  return box;
}
