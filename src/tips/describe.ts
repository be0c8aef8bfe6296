import type { ArticleSection, Evidence, TipTiming } from './tip';

export const EVIDENCE_LABELS: Record<Evidence, string> = {
  established: 'Well supported',
  plausible: 'Plausible, thin evidence',
  folklore: 'Folklore: no evidence',
};

export const TIMING_LABELS: Record<TipTiming, string> = {
  before: 'Before your next run',
  during: 'During the run',
  after: 'After the run',
  'rest-day': 'On rest days',
};

/** "Article, cause 6" or "Article, FAQ". */
export function sourceLabel(source: ArticleSection): string {
  return source.kind === 'faq' ? 'Article, FAQ' : `Article, cause ${source.number}`;
}
