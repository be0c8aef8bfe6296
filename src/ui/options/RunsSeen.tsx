import type { HistoryEntry } from '../../history/history-entry';
import { HISTORY_ITEM } from '../../history/history-item';
import { formatDistance, type UnitSystem } from '../../run/format';
import { SITE_NAMES } from '../../run/run-facts';
import { currentLocale, t } from '../../words/language';
import { useStored } from '../use-stored';

const SHOWN = 50;

/** The runs this browser has seen, newest first, with the signals each carried. */
export function RunsSeen({ units }: { units: UnitSystem }) {
  const entries = useStored(HISTORY_ITEM);
  if (!entries) return null;
  const newestFirst = [...entries].sort((a, b) => when(b) - when(a));
  return (
    <section class="bs-card" aria-labelledby="runs-title" data-testid="runs-seen">
      <h2 id="runs-title">{t('options.runs')}</h2>
      <p class="bs-empty">{t('options.runs.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('options.runs.none')}</p>
      ) : (
        <table class="bs-runs">
          <thead>
            <tr>
              <th scope="col">{t('options.runs.date')}</th>
              <th scope="col">{t('options.runs.site')}</th>
              <th scope="col">{t('options.runs.distance')}</th>
              <th scope="col">{t('options.runs.signals')}</th>
              <th scope="col">{t('options.runs.from')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.slice(0, SHOWN).map((entry) => (
              <tr key={entry.key} data-activity={entry.key}>
                <td>{(entry.startTime ?? new Date(entry.seenAt).toISOString()).slice(0, 10)}</td>
                <td>{SITE_NAMES[entry.site]}</td>
                <td>{entry.distanceM === undefined ? '—' : formatDistance(entry.distanceM, units, currentLocale())}</td>
                <td>{entry.signals.map((id) => t(`signal.${id}`)).join(', ') || '—'}</td>
                <td>{t(`options.runs.from.${entry.from ?? 'page'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries.length > SHOWN && <p class="bs-empty">{t('options.runs.more', { count: entries.length - SHOWN })}</p>}
    </section>
  );
}

function when(entry: HistoryEntry): number {
  const start = entry.startTime ? Date.parse(entry.startTime) : Number.NaN;
  return Number.isFinite(start) ? start : entry.seenAt;
}
