import type { SignalId } from '../detect/signal';
import { FOOT_SPORTS } from '../run/run-facts';
import { type CheckIn, hurt } from './check-in';

/** A group needs this many check-ins before its share of pain is shown or used. */
export const MIN_GROUP = 3;
/** How much more often pain must follow runs with a signal than without, to count as linked. */
export const PAIN_LINK_MARGIN = 0.25;

export interface Group {
  runs: number;
  hurt: number;
}

/** How often pain followed runs with a signal, and runs without it. An association, not a cause. */
export interface SignalAssociation {
  signal: SignalId;
  withSignal: Group;
  withoutSignal: Group;
}

/**
 * For every signal the runner's checked-in runs carried: pain after runs with it, and after
 * runs without it. Only signals where both groups have enough check-ins, biggest gap first.
 */
export function associations(checkIns: readonly CheckIn[]): SignalAssociation[] {
  const runs = checkIns.filter((checkIn) => FOOT_SPORTS.includes(checkIn.run.sport));
  const signals = [...new Set(runs.flatMap((checkIn) => checkIn.signals))].sort();
  return signals
    .map((signal) => ({
      signal,
      withSignal: group(runs.filter((checkIn) => checkIn.signals.includes(signal))),
      withoutSignal: group(runs.filter((checkIn) => !checkIn.signals.includes(signal))),
    }))
    .filter(({ withSignal, withoutSignal }) => withSignal.runs >= MIN_GROUP && withoutSignal.runs >= MIN_GROUP)
    .sort((a, b) => gap(b) - gap(a) || a.signal.localeCompare(b.signal));
}

/** Signals after which this runner's back hurt clearly more often than otherwise. */
export function painLinkedSignals(checkIns: readonly CheckIn[]): SignalId[] {
  return associations(checkIns)
    .filter((association) => gap(association) >= PAIN_LINK_MARGIN)
    .map((association) => association.signal);
}

export function share({ runs, hurt: withPain }: Group): number {
  return runs === 0 ? 0 : withPain / runs;
}

function gap(association: SignalAssociation): number {
  return share(association.withSignal) - share(association.withoutSignal);
}

function group(checkIns: readonly CheckIn[]): Group {
  return { runs: checkIns.length, hurt: checkIns.filter(hurt).length };
}
