import { SIGNAL_LABELS, type Signal } from '../detect/signal';

export function SignalChips({ signals }: { signals: readonly Signal[] }) {
  return (
    <ul class="bs-chips" aria-label="What kind of run">
      {signals.map((signal) => (
        <li key={signal.id} class="bs-chip" data-signal-id={signal.id} title={signal.reason}>
          {SIGNAL_LABELS[signal.id]}
        </li>
      ))}
    </ul>
  );
}
