import type { ArticleSection, Evidence, TipTiming } from '../tips/tip';
import { t } from './language';

export const evidenceLabel = (evidence: Evidence) => t(`tip.evidence.${evidence}`);

export const timingLabel = (timing: TipTiming) => t(`tip.when.${timing}`);

/** "Article, cause 6" or "Article, FAQ". */
export function sourceLabel(source: ArticleSection): string {
  return source.kind === 'faq' ? t('tip.source.faq') : t('tip.source.cause', { number: source.number });
}
