import type { PageCollector, ReadContext } from '../collector';
import { READING_BOUNDS, type StravaPageReading, type StravaStatCell } from '../page-reading';
import { STRAVA_SELECTORS } from './selectors';
import { stravaSite } from './site';

/** What an inline script must mention to build a page view, set its stats or name the unit choice. */
const SCRIPT_MARKS = ['PageView(', '.activity().set(', '_measurement_preference'];

/**
 * What Strava's activity page shows, in the page: the page model (through the bridge), the
 * inline scripts that build it, the title, and the heading and summary as text. The
 * background reads it (see `./reader`).
 */
export const stravaCollector: PageCollector = {
  site: stravaSite,
  summaryElement: (doc) => doc.querySelector(STRAVA_SELECTORS.summary),
  collect: collectStravaPage,
};

export function collectStravaPage(doc: Document, activityId: string, context: ReadContext): StravaPageReading {
  const { bridge, staleSummary, staleTitle } = context;
  const summary = ownSummary(doc, activityId, context);
  return {
    site: 'strava',
    model: bridge?.site === 'strava' && bridge.activityId === activityId ? bridge.fields : undefined,
    scripts: pageScripts(doc, activityId),
    lang: clip(doc.documentElement.lang),
    title: doc.title === staleTitle ? undefined : clip(doc.title),
    // The heading is this activity's on a full load, or once its summary is on screen.
    text:
      summary || !staleSummary
        ? {
            heading: textOf(doc.querySelector(STRAVA_SELECTORS.headingSport)),
            summary: summary ? summaryOf(doc, summary) : undefined,
          }
        : undefined,
  };
}

/**
 * The summary on screen, when it is this activity's. On a full page load the URL says so.
 * Right after an in-page navigation the previous activity's summary can still be there: then
 * it counts only once the site's app has replaced it, or when its own tabs say whose it is.
 */
function ownSummary(doc: Document, activityId: string, context: ReadContext): Element | null {
  const summary = doc.querySelector(STRAVA_SELECTORS.summary);
  if (summary === null) return null;
  if (!context.staleSummary || summary !== context.staleSummary) return summary;
  return doc.querySelector(STRAVA_SELECTORS.ownTabs(activityId)) !== null ? summary : null;
}

/** Every labelled stat, headline first, then the `.more-stats` rows and the weather beside the summary. */
function summaryOf(doc: Document, summary: Element) {
  const stats: StravaStatCell[] = [];
  const add = (label: Element | null | undefined, value: Element | null | undefined) => {
    if (!label || !value || stats.length >= READING_BOUNDS.stats) return;
    const unit = value.querySelector(STRAVA_SELECTORS.unit);
    stats.push({
      label: textOf(label),
      value: textOf(value),
      unit: unit ? { title: clip(unit.getAttribute('title') ?? ''), text: textOf(unit) } : undefined,
    });
  };
  for (const item of summary.querySelectorAll(STRAVA_SELECTORS.headlineStats)) {
    add(item.querySelector(STRAVA_SELECTORS.headlineLabel), item.querySelector(STRAVA_SELECTORS.headlineValue));
  }
  for (const row of summary.querySelectorAll(STRAVA_SELECTORS.moreStatsRows)) {
    add(row.firstElementChild, row.querySelector('strong'));
  }
  for (const stat of doc.querySelectorAll(STRAVA_SELECTORS.weatherStats)) {
    add(stat.querySelector(STRAVA_SELECTORS.weatherLabel), stat.querySelector(STRAVA_SELECTORS.weatherValue));
  }
  const gear = summary.querySelector(STRAVA_SELECTORS.gearName) ?? doc.querySelector(STRAVA_SELECTORS.gearName);
  return {
    stats,
    gear: gear ? textOf(gear) : undefined,
    startTime: textOf(summary.querySelector(STRAVA_SELECTORS.startTime)),
  };
}

/**
 * Asked on every change while a page renders: the scripts are looked at again only when the
 * activity, their number or the last of them changes (an in-page move can bring as many new
 * scripts as it takes away).
 */
const scriptsSeen = new WeakMap<Document, { key: string; last: Element | undefined; texts: string[] }>();

function pageScripts(doc: Document, activityId: string): string[] {
  const key = `${activityId}:${doc.scripts.length}`;
  const last = doc.scripts[doc.scripts.length - 1];
  const seen = scriptsSeen.get(doc);
  if (seen?.key === key && seen.last === last) return seen.texts;
  const texts: string[] = [];
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (texts.length < READING_BOUNDS.scripts && SCRIPT_MARKS.some((mark) => text.includes(mark))) {
      texts.push(text.slice(0, READING_BOUNDS.scriptLength));
    }
  }
  scriptsSeen.set(doc, { key, last, texts });
  return texts;
}

const textOf = (element: Element | null) => clip(element?.textContent ?? '');
const clip = (text: string) => text.slice(0, READING_BOUNDS.text);
