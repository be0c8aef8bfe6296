import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../src/detect/signal';
import { TIP_CATALOG } from '../../../src/tips/catalog';
import { selectTips } from '../../../src/tips/select';
import type { TipId } from '../../../src/tips/tip';
import { TIP_SOURCES } from '../../../src/tips/tip-sources';
import { AllTips } from '../../../src/ui/AllTips';
import { TipCard } from '../../../src/ui/TipCard';
import { TipsByTiming } from '../../../src/ui/TipsByTiming';

const trail: Signal = { id: 'trail', evidence: { basis: 'trail-run' } };

function linksOf(tipElement: Element) {
  return [...tipElement.querySelectorAll('.bs-tip-sources a')] as HTMLAnchorElement[];
}

describe('sources in the side panel', () => {
  it('lists each chosen tip’s sources as safe links, with publisher and year', () => {
    const { container } = render(<TipsByTiming tips={selectTips([trail])} signals={[trail]} units="metric" />);
    const surface = container.querySelector('[data-tip-id="surface"]');
    if (!surface) throw new Error('the surface tip must be shown for a trail run');
    const expected = TIP_SOURCES.surface;
    const links = linksOf(surface);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(expected.map((source) => source.url));
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const [first] = expected;
    expect(within(surface as HTMLElement).getByText(first?.title ?? '').parentElement?.textContent).toBe(
      `${first?.title} — ${first?.publisher}, ${first?.year}`,
    );
  });

  it('lists the sources under every tip of the “all tips” view', () => {
    render(<AllTips showFolklore />);
    const tips = screen.getByTestId('all-tips').querySelectorAll('[data-tip-id]');
    expect(tips.length).toBe(TIP_CATALOG.length);
    for (const tip of tips) {
      const sources = TIP_SOURCES[tip.getAttribute('data-tip-id') as TipId];
      expect(linksOf(tip).map((link) => link.href)).toEqual(sources.map((source) => source.url));
    }
  });

  it('leaves them out of the compact in-page panel', () => {
    const [tip] = selectTips([trail]);
    if (!tip) throw new Error('a trail run must get a tip');
    const { container } = render(
      <ul>
        <TipCard tip={tip} why="For: trail" collapsed />
      </ul>,
    );
    expect(container.querySelector('.bs-tip-sources')).toBeNull();
  });
});
