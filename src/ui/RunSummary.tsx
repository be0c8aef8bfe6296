import { formatDistance, formatDuration, formatPace, type UnitSystem } from '../run/format';
import { paceSPerKm, type RunFacts } from '../run/run-facts';
import { currentLocale, t } from '../words/language';

/** "21.1 km · 1:52:03 · 5:18 /km", leaving out what the page did not show. */
export function RunSummary({ run, units }: { run: RunFacts; units: UnitSystem }) {
  const timeS = run.movingTimeS ?? run.elapsedTimeS;
  const pace = paceSPerKm(run);
  const parts = [
    run.distanceM === undefined ? undefined : formatDistance(run.distanceM, units, currentLocale()),
    timeS === undefined ? undefined : formatDuration(timeS),
    pace === undefined ? undefined : formatPace(pace, units),
  ].filter((part) => part !== undefined);
  return <p class="bs-run-summary">{parts.length > 0 ? parts.join(' · ') : t('run.unreadable')}</p>;
}
