import type { BridgeValue } from '../../bridge/protocol';
import { withinPhysicalRanges } from '../../run/physical-ranges';
import { isRun } from '../../run/run-facts';
import { type Layer, mergeLayers } from '../merge-layers';
import { activityIdOf } from '../site';
import type { ReadContext, SiteReader } from '../site-reader';
import { factsFromAttributes, unitPreferenceOf } from './attributes';
import { readInlineScripts } from './inline-scripts';
import { factsFromSummary, sportFromHeading, sportFromTitle, summaryShowsDistance } from './page-text';
import { STRAVA_SELECTORS } from './selectors';
import { stravaSite } from './site';

/**
 * Strava's activity page, read in three layers merged field by field, best first: the page
 * model (`pageView.activity()`, through the bridge), the inline scripts that build it, and
 * the rendered summary. Any of them may be missing or partial.
 */
export const stravaReader: SiteReader = {
  site: stravaSite,

  summaryElement: (doc) => doc.querySelector(STRAVA_SELECTORS.summary),

  // "Lunch Ride | Ride | Strava": a ride is known before the page model or any stat is read.
  saysNoRun: (doc, { staleTitle }) => sportFromTitle(doc, staleTitle) === 'other',

  isReadable(doc, url, context) {
    const activityId = activityIdOf(stravaSite, url);
    if (activityId === null) return false;
    const model = modelOf(activityId, context);
    if (typeof model?.distance === 'number') return true;
    const summary = ownSummary(doc, activityId, context);
    if (summary && summaryShowsDistance(doc, summary)) return true;
    const run = this.read(doc, url, context);
    return run !== null && (run.distanceM !== undefined || (run.sources?.sport !== undefined && !isRun(run)));
  },

  read(doc, url, context) {
    const activityId = activityIdOf(stravaSite, url);
    if (activityId === null) return null;
    const model = modelOf(activityId, context);
    const script = readInlineScripts(doc, activityId);
    const layers: Layer[] = [];
    if (model) layers.push({ source: 'page-model', facts: factsFromAttributes(model) });
    layers.push({ source: 'page-script', facts: factsFromAttributes(script.attributes) });
    const summary = ownSummary(doc, activityId, context);
    const preference = unitPreferenceOf(model?.measurement_preference ?? script.attributes.measurement_preference);
    // The title and heading are this activity's on a full load, or once its summary is on screen.
    if (summary || !context.staleSummary) {
      const text = summary ? factsFromSummary(doc, summary, preference) : {};
      layers.push({ source: 'page-text', facts: { sport: sportFromHeading(doc, context.staleTitle), ...text } });
    }
    const { facts, sources } = mergeLayers(layers);
    // The unit choice is the signed-in athlete's, on every page: alone it says nothing of an activity.
    if (Object.keys(facts).every((field) => field === 'units')) return null;
    return withinPhysicalRanges({ site: 'strava', activityId, sport: 'other', ...facts, sources });
  },
};

function modelOf(activityId: string, { bridge }: ReadContext): Record<string, BridgeValue> | undefined {
  return bridge?.site === 'strava' && bridge.activityId === activityId ? bridge.fields : undefined;
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
