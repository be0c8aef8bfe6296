export type SignalId =
  | 'long'
  | 'fast'
  | 'hilly'
  | 'hot'
  | 'cold'
  | 'commute'
  | 'race'
  | 'workout'
  | 'worn-shoes'
  | 'back-to-back'
  | 'volume-spike'
  | 'new-runner';

/** Something about a run that changes which tips fit it, with the numbers behind it. */
export interface Signal {
  id: SignalId;
  /** Readable by the runner: "21.1 km, over your 15.0 km long-run mark". */
  reason: string;
}

export const SIGNAL_LABELS: Record<SignalId, string> = {
  long: 'Long run',
  fast: 'Fast run',
  hilly: 'Hilly',
  hot: 'Hot',
  cold: 'Cold',
  commute: 'Commute',
  race: 'Race',
  workout: 'Workout',
  'worn-shoes': 'Worn shoes',
  'back-to-back': 'Back to back',
  'volume-spike': 'Volume spike',
  'new-runner': 'New runner',
};
