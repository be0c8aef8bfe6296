import type { Tip, TipSource } from '../tips/tip';
import { t, tipText } from '../words/language';
import { evidenceLabel, sourceLabel, timingLabel } from '../words/tip-words';

interface TipCardProps {
  tip: Tip;
  /** Why it was chosen for this run, when it was. */
  why?: string;
  /** Steps folded away behind a disclosure, for the compact in-page panel. */
  collapsed?: boolean;
  /** List the public sources behind the evidence label: the side panel has room for them. */
  withSources?: boolean;
}

export function TipCard({ tip, why, collapsed = false, withSources = false }: TipCardProps) {
  const words = tipText(tip.id);
  const steps = (
    <ol class="bs-steps">
      {words.steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
  return (
    <li class="bs-tip" data-tip-id={tip.id} data-evidence={tip.evidence}>
      <h3 class="bs-tip-title">{words.title}</h3>
      {tip.evidence === 'folklore' && <p class="bs-folklore-label">{evidenceLabel('folklore')}</p>}
      {why !== undefined && <p class="bs-tip-why">{why}</p>}
      <p class="bs-tip-summary">{words.summary}</p>
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
      {withSources && <TipSources tipId={tip.id} sources={tip.sources} />}
    </li>
  );
}

/** "Title — Publisher, 2015", each title a link to the catalog's own https address. */
function TipSources({ tipId, sources }: { tipId: string; sources: readonly TipSource[] }) {
  const headingId = `tip-sources-${tipId}`;
  return (
    <div class="bs-tip-sources">
      <h4 id={headingId} class="bs-tip-sources-title">
        {t('tip.sources')}
      </h4>
      <ul aria-labelledby={headingId}>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            {` — ${source.publisher}, ${source.year}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
