import type { BridgeValue } from '../../bridge/protocol';
import { withinPhysicalRanges } from '../../run/physical-ranges';
import type { Sport } from '../../run/run-facts';
import { type Layer, mergeLayers, type ReadFacts } from '../merge-layers';
import { activityIdOf } from '../site';
import type { ReadContext, SiteReader } from '../site-reader';
import { garminSport } from './activity-types';
import { garminLocalTime } from './local-time';
import { nextActivityData } from './next-data';
import { garminConnectSite } from './site';

/**
 * Garmin Connect is a single-page app that loads each activity as JSON with the runner's own
 * session. The page bridge sees that JSON as the app receives it; public pages carry the same
 * object in their own HTML. Nothing is ever requested by us.
 */
export const garminConnectReader: SiteReader = {
  site: garminConnectSite,

  summaryElement: () => null,

  isReadable(doc, url, context) {
    const activityId = activityIdOf(garminConnectSite, url);
    if (activityId === null) return false;
    return bridgeFields(activityId, context) !== undefined || pageFields(doc, activityId) !== undefined;
  },

  read(doc, url, context) {
    const activityId = activityIdOf(garminConnectSite, url);
    if (activityId === null) return null;
    const layers: Layer[] = [];
    const fromApp = bridgeFields(activityId, context);
    if (fromApp) layers.push({ source: 'site-data', facts: factsFromActivity(fromApp) });
    const fromPage = pageFields(doc, activityId);
    if (fromPage) layers.push({ source: 'page-script', facts: factsFromActivity(fromPage) });
    const { facts, sources } = mergeLayers(layers);
    if (Object.keys(facts).length === 0) return null;
    return withinPhysicalRanges({ site: 'garmin-connect', activityId, sport: 'other', ...facts, sources });
  },
};

function bridgeFields(activityId: string, context: ReadContext): Record<string, BridgeValue> | undefined {
  const { bridge } = context;
  return bridge?.site === 'garmin-connect' && bridge.activityId === activityId ? bridge.fields : undefined;
}

/** The page's own copy, when it carries this activity (its id must match the URL's). */
function pageFields(doc: Document, activityId: string): Record<string, BridgeValue> | undefined {
  const fields = nextActivityData(doc);
  return String(fields.activityId) === activityId ? fields : undefined;
}

function factsFromActivity(json: Record<string, BridgeValue>): ReadFacts {
  return {
    sport: sportOf(json),
    distanceM: numberOf(json['summaryDTO.distance']),
    movingTimeS: numberOf(json['summaryDTO.movingDuration']),
    elapsedTimeS: numberOf(json['summaryDTO.elapsedDuration']) ?? numberOf(json['summaryDTO.duration']),
    elevationGainM: numberOf(json['summaryDTO.elevationGain']),
    avgHeartRate: numberOf(json['summaryDTO.averageHR']),
    maxHeartRate: numberOf(json['summaryDTO.maxHR']),
    avgCadenceSpm: numberOf(json['summaryDTO.averageRunCadence']),
    workoutType: workoutTypeOf(json['eventTypeDTO.typeKey']),
    startTime: garminLocalTime(json['summaryDTO.startTimeLocal']),
  };
}

/** By type key; a key we do not know is a run when its type is running's own or one of its subtypes. */
function sportOf(json: Record<string, BridgeValue>): Sport | undefined {
  return garminSport(
    json['activityTypeDTO.typeKey'],
    json['activityTypeDTO.typeId'],
    json['activityTypeDTO.parentTypeId'],
  );
}

/** Only a race says something; "training" and "uncategorized" leave the type unread. */
function workoutTypeOf(eventType: BridgeValue | undefined) {
  return eventType === 'race' ? ('race' as const) : undefined;
}

function numberOf(value: BridgeValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
