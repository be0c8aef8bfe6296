import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DriverPage } from './driver';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe-core violations in the page (or in the in-page panel only), as "rule: targets"
 * lines. axe is evaluated into the page by the driver, which extension pages' CSP allows.
 */
export async function axeViolations(page: DriverPage, scope: 'page' | 'panel'): Promise<string[]> {
  const context = scope === 'panel' ? "document.querySelector('backstride-panel')" : 'document';
  return page.evaluateScript<string[]>(`${AXE_SOURCE}
    ;(async () => {
      // Colours are only fair to judge once the panel has finished sliding in.
      const roots = [document, document.querySelector('backstride-panel')?.shadowRoot].filter(Boolean);
      await Promise.all(roots.flatMap((root) => root.getAnimations().map((animation) => animation.finished)));
      const result = await axe.run(${context}, { resultTypes: ['violations'] });
      return result.violations.map((violation) =>
        violation.id + ': ' + violation.nodes.map((node) => JSON.stringify(node.target)).join(', '));
    })()`);
}
