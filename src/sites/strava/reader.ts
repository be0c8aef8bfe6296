import { withinPhysicalRanges } from '../../run/physical-ranges';
import { isRun, type RunFacts } from '../../run/run-facts';
import { type Layer, mergeLayers } from '../merge-layers';
import type { StravaPageReading } from '../page-reading';
import { factsFromAttributes, unitPreferenceOf } from './attributes';
import { readInlineScripts } from './inline-scripts';
import { factsFromSummary, sportFromHeading, sportFromTitle, summaryShowsDistance } from './page-text';

/**
 * Strava's activity page, read in three layers merged field by field, best first: the page
 * model (`pageView.activity()`, through the bridge), the inline scripts that build it, and
 * the rendered summary. Any of them may be missing or partial.
 */
export function readStravaPage(page: StravaPageReading, activityId: string): RunFacts | null {
  const script = readInlineScripts(page.scripts ?? [], activityId);
  const layers: Layer[] = [];
  if (page.model) layers.push({ source: 'page-model', facts: factsFromAttributes(page.model) });
  layers.push({ source: 'page-script', facts: factsFromAttributes(script.attributes) });
  const preference = unitPreferenceOf(page.model?.measurement_preference ?? script.attributes.measurement_preference);
  const summary = page.text?.summary;
  const text = summary ? factsFromSummary(summary, page.lang ?? '', preference) : {};
  layers.push({ source: 'page-text', facts: { sport: sportFromHeading(page.title, page.text?.heading), ...text } });
  const { facts, sources } = mergeLayers(layers);
  // The unit choice is the signed-in athlete's, on every page: alone it says nothing of an activity.
  if (Object.keys(facts).every((field) => field === 'units')) return null;
  return withinPhysicalRanges({ site: 'strava', activityId, sport: 'other', ...facts, sources });
}

/**
 * Whether the page shows enough of this activity to be read: its distance, or that it is no
 * run. "Lunch Ride | Ride | Strava": a ride is known by its title before anything else.
 */
export function stravaPageIsReadable(page: StravaPageReading, run: RunFacts | null): boolean {
  if (sportFromTitle(page.title) === 'other') return true;
  if (typeof page.model?.distance === 'number') return true;
  if (page.text?.summary && summaryShowsDistance(page.text.summary.stats)) return true;
  return run !== null && (run.distanceM !== undefined || (run.sources?.sport !== undefined && !isRun(run)));
}
