import type { Signal } from '../detect/signal';
import type { UnitSystem } from '../run/units';
import type { SelectedTip, TipTiming } from '../tips/tip';
import { TIP_SOURCES } from '../tips/tip-sources';
import { t } from '../words/language';
import { tipWhy } from '../words/signal-words';
import { TipCard } from './TipCard';

const TIMINGS: readonly TipTiming[] = ['before', 'during', 'after', 'rest-day'];

/** The tips chosen for a run, grouped by when to act on them (each under its first moment). */
export function TipsByTiming({
  tips,
  signals,
  units,
}: {
  tips: readonly SelectedTip[];
  signals: readonly Signal[];
  units: UnitSystem;
}) {
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
                <TipCard key={tip.id} tip={tip} why={tipWhy(tip, signals, units)} sources={TIP_SOURCES[tip.id]} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
