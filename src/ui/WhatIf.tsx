import { useState } from 'preact/hooks';
import { COVERAGE_ITEM } from '../history/coverage';
import { HISTORY_ITEM } from '../history/history-item';
import { spikeIfRunToday } from '../history/what-if';
import { distanceFromUnits } from '../run/format';
import { decimalSeparatorOf, parseLocaleNumber } from '../run/parse-number';
import { resolveUnits } from '../settings/settings';
import { SETTINGS_ITEM } from '../settings/settings-item';
import { whatIfText } from '../words/history-words';
import { currentLocale, t } from '../words/language';
import { useStored } from './use-stored';

/** Longer than any run anyone plans: a typo, not a distance. */
const MAX_DISTANCE_M = 500_000;

/**
 * "Planning your next run?": as the runner types a distance, whether a run of it today would
 * be a spike against their last 30 days, judged as a real run would be.
 */
export function WhatIf() {
  const history = useStored(HISTORY_ITEM);
  const coverage = useStored(COVERAGE_ITEM);
  const settings = useStored(SETTINGS_ITEM);
  const [typed, setTyped] = useState('');
  if (history === undefined || coverage === undefined || settings === undefined) return null;
  const units = resolveUnits(settings.units, undefined);
  const value = parseLocaleNumber(typed, decimalSeparatorOf(currentLocale()));
  const distanceM = value === undefined ? undefined : distanceFromUnits(value, units);
  const readable = distanceM !== undefined && distanceM > 0 && distanceM <= MAX_DISTANCE_M;
  const answer =
    typed.trim() === ''
      ? ''
      : readable
        ? whatIfText(spikeIfRunToday(distanceM, history, coverage, Date.now(), settings.thresholds), distanceM, units)
        : t('whatIf.unreadable');
  return (
    <section class="bs-whatif" aria-labelledby="whatif-title" data-testid="what-if">
      <h3 id="whatif-title">{t('whatIf.title')}</h3>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <label class="bs-field">
          <span>{t(`whatIf.label.${units}`)}</span>
          <input
            name="plannedDistance"
            inputMode="decimal"
            autoComplete="off"
            value={typed}
            aria-invalid={typed.trim() !== '' && !readable ? 'true' : undefined}
            aria-describedby="whatif-hint"
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>
      </form>
      <p id="whatif-hint" class="bs-hint">
        {t('whatIf.hint')}
      </p>
      <p class="bs-whatif-answer" role="status" data-testid="what-if-answer">
        {answer}
      </p>
    </section>
  );
}
