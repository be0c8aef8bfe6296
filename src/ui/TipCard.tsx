import type { Tip, TipSource } from '../tips/tip';
import { t, tipText } from '../words/language';
import { evidenceLabel, sourceLabel, timingLabel } from '../words/tip-words';

interface TipCardProps {
  tip: Tip;
  /** Why it was chosen for this run, when it was. */
  why?: string;
  /** Steps folded away behind a disclosure, for the compact in-page panel. */
  collapsed?: boolean;
  /** Only the title shows, and everything else opens under it: the in-page panel's other tips. */
  folded?: boolean;
  /** The public works behind the evidence label, listed under the tip where there is room (the side panel). */
  sources?: readonly TipSource[];
}

export function TipCard({ tip, why, collapsed = false, folded = false, sources }: TipCardProps) {
  const words = tipText(tip.id);
  const steps = (
    <ol class="bs-steps">
      {words.steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
  const folklore = tip.evidence === 'folklore' && <p class="bs-folklore-label">{evidenceLabel('folklore')}</p>;
  const evidence = (
    <span class="bs-evidence" data-evidence={tip.evidence}>
      {evidenceLabel(tip.evidence)}
    </span>
  );
  const whereFromAndWhen = (
    <>
      <span>{sourceLabel(tip.source)}</span>
      {' · '}
      <span>{tip.when.map(timingLabel).join(', ')}</span>
    </>
  );
  // Compact (the in-page panel's best tip): the evidence stays on the disclosure's line, and
  // where the tip comes from and when to act on it open with the steps.
  const compact = collapsed && !folded;
  const body = (
    <>
      {why !== undefined && <p class="bs-tip-why">{why}</p>}
      <p class="bs-tip-summary">{words.summary}</p>
      {compact ? (
        <div class="bs-tip-foot">
          <details>
            <summary>{t('tip.whatToDo')}</summary>
            {steps}
            <p class="bs-tip-meta">{whereFromAndWhen}</p>
          </details>
          <p class="bs-tip-meta">{evidence}</p>
        </div>
      ) : (
        <>
          {steps}
          <p class="bs-tip-meta">
            {evidence}
            {' · '}
            {whereFromAndWhen}
          </p>
        </>
      )}
      {sources && <TipSources tipId={tip.id} sources={sources} />}
    </>
  );
  if (folded) {
    return (
      <li class="bs-tip bs-tip-folded" data-tip-id={tip.id} data-evidence={tip.evidence}>
        <details>
          <summary>
            <h3 class="bs-tip-title">{words.title}</h3>
            {tip.evidence === 'folklore' && <span class="bs-folklore-label">{evidenceLabel('folklore')}</span>}
          </summary>
          {body}
        </details>
      </li>
    );
  }
  return (
    <li class="bs-tip" data-tip-id={tip.id} data-evidence={tip.evidence}>
      <h3 class="bs-tip-title">{words.title}</h3>
      {folklore}
      {body}
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
