import type { Signal } from '../detect/signal';
import { t } from '../i18n/translate';

export function SignalChips({ signals }: { signals: readonly Signal[] }) {
  return (
    <ul class="bs-chips" aria-label={t('run.kinds')}>
      {signals.map((signal) => (
        <li key={signal.id} class="bs-chip" data-signal-id={signal.id} title={signal.reason}>
          {t(`signal.${signal.id}`)}
        </li>
      ))}
    </ul>
  );
}
