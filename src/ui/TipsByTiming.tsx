import { t } from '../i18n/translate';
import type { SelectedTip, TipTiming } from '../tips/tip';
import { TipCard } from './TipCard';

const TIMINGS: readonly TipTiming[] = ['before', 'during', 'after', 'rest-day'];

/** The tips chosen for a run, grouped by when to act on them (each under its first moment). */
export function TipsByTiming({ tips }: { tips: readonly SelectedTip[] }) {
  return (
    <div class="bs-timing-groups">
      {TIMINGS.map((timing) => {
        const group = tips.filter((tip) => tip.when[0] === timing);
        if (group.length === 0) return null;
        return (
          <section key={timing} aria-labelledby={`timing-${timing}`} data-timing={timing}>
            <h3 id={`timing-${timing}`} class="bs-timing-title">
              {t(`tip.when.${timing}`)}
            </h3>
            <ul class="bs-tips">
              {group.map((tip) => (
                <TipCard key={tip.id} tip={tip} withSources />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
