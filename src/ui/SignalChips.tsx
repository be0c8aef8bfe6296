import type { Signal } from '../detect/signal';
import type { UnitSystem } from '../run/units';
import { t } from '../words/language';
import { signalLabel, signalReason } from '../words/signal-words';

export function SignalChips({ signals, units }: { signals: readonly Signal[]; units: UnitSystem }) {
  return (
    <ul class="bs-chips" aria-label={t('run.kinds')}>
      {signals.map((signal) => (
        <li key={signal.id} class="bs-chip" data-signal-id={signal.id} title={signalReason(signal, units)}>
          {signalLabel(signal.id)}
        </li>
      ))}
    </ul>
  );
}
