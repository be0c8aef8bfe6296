import type { TipId } from '../tip';

/** A tip's words in one language: the catalog holds everything else about it. */
export interface TipText {
  title: string;
  summary: string;
  /** 2–4 things a runner can do. */
  steps: readonly string[];
}

export type TipTexts = Record<TipId, TipText>;
