import type { SignalId } from '../detect/signal';

export type TipId =
  | 'posture'
  | 'chest-stretch'
  | 'upper-back-strength'
  | 'breathing'
  | 'carried-weight'
  | 'hydration'
  | 'overuse'
  | 'stress'
  | 'footwear'
  | 'see-a-doctor'
  | 'invisible-backpack'
  | 'moon'
  | 'surface'
  | 'pace'
  | 'warm-up-cool-down'
  | 'genetics'
  | 'weather'
  | 'mind-over-matter'
  | 'stretches'
  | 'new-runner';

/**
 * How much weight the idea can bear: `established` (widely accepted in sports medicine),
 * `plausible` (reasonable, thin evidence), `folklore` (no evidence; shown only on request).
 */
export type Evidence = 'established' | 'plausible' | 'folklore';

export type TipTiming = 'before' | 'during' | 'after' | 'rest-day';

/** Where in the article the idea comes from: a numbered cause (1–18) or the FAQ. */
export type ArticleSection = { kind: 'cause'; number: number } | { kind: 'faq' };

/** A public work that supports a tip's evidence label, shown to the runner as a link. */
export interface TipSource {
  title: string;
  /** The journal, body or site that published it. */
  publisher: string;
  /** Year of publication; for a page kept up to date, of its last review we know of. */
  year: number;
  url: `https://${string}`;
}

/** Everything about a tip but its words. */
export interface TipDefinition {
  id: TipId;
  when: readonly TipTiming[];
  evidence: Evidence;
  source: ArticleSection;
  /** How strongly the tip answers each signal (1 weak – 3 strong). */
  answers: Partial<Record<SignalId, number>>;
}

/** A tip of the catalog: everything about it but its words, which the words layer holds per language. */
export type Tip = TipDefinition;

/** A tip chosen for a run, with why it was chosen. */
export interface SelectedTip extends Tip {
  score: number;
  /** The signal this tip answers most strongly: why it was chosen. */
  becauseOf: SignalId;
  /** Ranked higher because this runner's check-ins link one of its signals with back pain. */
  personal: boolean;
}
