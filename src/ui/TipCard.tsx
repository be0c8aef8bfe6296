import { t } from '../i18n/translate';
import { evidenceLabel, sourceLabel, timingLabel } from '../tips/describe';
import type { SelectedTip, Tip } from '../tips/tip';

interface TipCardProps {
  tip: Tip | SelectedTip;
  /** Steps folded away behind a disclosure, for the compact in-page panel. */
  collapsed?: boolean;
  /** Name only the signal: the panel shows each signal's numbers once, above the tips. */
  shortWhy?: boolean;
}

export function TipCard({ tip, collapsed = false, shortWhy = false }: TipCardProps) {
  const steps = (
    <ol class="bs-steps">
      {tip.steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
  return (
    <li class="bs-tip" data-tip-id={tip.id} data-evidence={tip.evidence}>
      <h3 class="bs-tip-title">{tip.title}</h3>
      {tip.evidence === 'folklore' && <p class="bs-folklore-label">{evidenceLabel('folklore')}</p>}
      {'why' in tip && (
        <p class="bs-tip-why">{shortWhy ? t('tip.for', { signal: t(`signal.${tip.becauseOf}`) }) : tip.why}</p>
      )}
      <p class="bs-tip-summary">{tip.summary}</p>
      {collapsed ? (
        <details>
          <summary>{t('tip.whatToDo')}</summary>
          {steps}
        </details>
      ) : (
        steps
      )}
      <p class="bs-tip-meta">
        <span class="bs-evidence" data-evidence={tip.evidence}>
          {evidenceLabel(tip.evidence)}
        </span>
        {' · '}
        <span>{sourceLabel(tip.source)}</span>
        {' · '}
        <span>{tip.when.map(timingLabel).join(', ')}</span>
      </p>
    </li>
  );
}
