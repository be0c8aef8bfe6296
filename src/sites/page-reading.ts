import type { BridgeValue } from '../bridge/protocol';

/**
 * What a reader collects from an activity page: plain text and values as the page shows
 * them, with nothing interpreted. The background reads them into RunFacts, so the script
 * that goes into every activity page carries no parser, no unit and no language.
 */
export type PageReading = StravaPageReading | GarminPageReading;

/** One labelled stat of Strava's summary: its label, its value, and the unit named beside it. */
export interface StravaStatCell {
  label: string;
  value: string;
  /** The value's `abbr.unit`, when it has one: its title ("kilometers") and text ("km"). */
  unit?: { title: string; text: string };
}

export interface StravaPageReading {
  site: 'strava';
  /** The page model, as the page bridge saw it, for this very activity. */
  model?: Record<string, BridgeValue>;
  /** The page's inline scripts that can build this activity's page view or name the unit choice. */
  scripts?: string[];
  /** The page's language (`<html lang>`): it says how its numbers are written. */
  lang?: string;
  /** The page's title, unless it is the previous activity's, left after an in-page move. */
  title?: string;
  /** The heading and summary, present when they can be this activity's (see ReadContext). */
  text?: {
    heading: string;
    summary?: { stats: StravaStatCell[]; gear?: string; startTime: string };
  };
}

export interface GarminPageReading {
  site: 'garmin-connect';
  /** The activity JSON the app loaded, as the page bridge saw it. */
  app?: Record<string, BridgeValue>;
  /** The same object as the page's own HTML carries it (public pages). */
  page?: Record<string, BridgeValue>;
}

/**
 * The background's answer to a page reading: the page does not show enough yet (the reader
 * keeps watching); it was read (the reader only listens for the page's own data now); or it
 * is no run (the reader stops).
 */
export type ReadingVerdict = 'not-yet' | 'read' | 'not-a-run';

/** Bounds the reader keeps to and the background holds it to: a page cannot make either do more. */
export const READING_BOUNDS = {
  text: 400,
  stats: 40,
  scripts: 20,
  scriptLength: 1_000_000,
} as const;
