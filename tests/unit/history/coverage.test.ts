import { describe, expect, it } from 'vitest';
import { type CoveredSpan, covers, withSpan } from '../../../src/history/coverage';

const span = (firstDay: number, lastDay: number): CoveredSpan => ({ from: 'list', firstDay, lastDay });

describe('covered days', () => {
  it('joins overlapping and adjacent spans, and keeps gaps', () => {
    const spans = [span(10, 20), span(30, 40)].reduce(withSpan, [] as CoveredSpan[]);
    expect(withSpan(spans, span(21, 29))).toEqual([span(10, 40)]);
    expect(withSpan(spans, span(15, 25))).toEqual([span(10, 25), span(30, 40)]);
  });

  it('covers a window only when every day of it is held', () => {
    expect(covers([span(10, 20), span(21, 40)], 12, 35)).toBe(true);
    expect(covers([span(10, 20), span(22, 40)], 12, 35)).toBe(false);
    expect(covers([], 12, 35)).toBe(false);
  });
});
