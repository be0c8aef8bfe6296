import type { Page } from 'playwright-core';

/** A 1366×768 laptop's browser viewport, the screen most runners browse on. */
export const LAPTOP_VIEWPORT = { width: 1366, height: 657 };

/**
 * Waits until nothing on the page moves any more (every animation, in shadow roots too, has
 * finished) and the result has been painted: a screenshot then shows what a runner sees.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shadowRoots = [...document.querySelectorAll('*')].flatMap((element) =>
      element.shadowRoot ? [element.shadowRoot] : [],
    );
    return [document, ...shadowRoots].every((root) =>
      root.getAnimations().every((animation) => !animation.pending && animation.playState !== 'running'),
    );
  });
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}
