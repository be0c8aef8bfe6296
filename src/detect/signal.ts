/**
 * How much longer than the longest run of the 30 days before, in the bands of Frandsen et al.
 * (BJSM 2025): over 10 % (up to 30 %), over 30 % (up to 100 %), over 100 %.
 */
export type SpikeGrade = 'over-10' | 'over-30' | 'over-100';

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
  | 'trail'
  | 'back-to-back'
  | 'volume-spike'
  | 'spike'
  | 'new-runner';

/** The numbers a signal rests on, in SI units, so its reason can be told in any units or language. */
export type SignalEvidence =
  | { basis: 'distance'; distanceM: number; thresholdM: number }
  | { basis: 'distance-vs-usual'; distanceM: number; usualM: number; ratio: number }
  | { basis: 'moving-time'; movingTimeS: number; thresholdS: number }
  | { basis: 'moving-time-vs-usual'; movingTimeS: number; usualS: number; ratio: number }
  | { basis: 'tagged-long-run' }
  | { basis: 'pace'; paceSPerKm: number; thresholdSPerKm: number; gradeAdjusted: boolean }
  | { basis: 'pace-vs-usual'; paceSPerKm: number; usualSPerKm: number; percentFaster: number; gradeAdjusted: boolean }
  | { basis: 'race-effort' }
  | { basis: 'workout-effort' }
  | { basis: 'climb'; gainM: number; gainPerKmM?: number }
  | { basis: 'temperature'; temperatureC: number; thresholdC: number }
  | { basis: 'marked-commute' }
  | { basis: 'marked-race' }
  | { basis: 'marked-workout' }
  | { basis: 'gear-distance'; gearName: string; gearDistanceM: number; thresholdM: number }
  | { basis: 'trail-run' }
  | { basis: 'ran-day-before'; previousDistanceM?: number; hardSignals: SignalId[] }
  | { basis: 'weekly-volume'; last7DaysM: number; weeklyAverageM: number; ratio: number }
  | { basis: 'longest-recent'; distanceM: number; longestM: number; percentLonger: number; grade: SpikeGrade }
  | { basis: 'told-us-new' };

/**
 * Something about a run that changes which tips fit it, with the numbers behind it. Its
 * reason in words ("21.1 km — 1.8× your usual 11.7 km") is the words layer's to write, in
 * the runner's units and language.
 */
export interface Signal {
  id: SignalId;
  evidence: SignalEvidence;
}
