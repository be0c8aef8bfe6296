import type { BridgeValue } from '../../bridge/protocol';
import { withinPhysicalRanges } from '../../run/physical-ranges';
import type { RunFacts, Sport } from '../../run/run-facts';
import { type Layer, mergeLayers, type ReadFacts } from '../merge-layers';
import type { GarminPageReading } from '../page-reading';
import { garminSport } from './activity-types';
import { garminLocalTime } from './local-time';

/** Garmin Connect's activity JSON, as the app loaded it and as the page carries it, best first. */
export function readGarminPage(page: GarminPageReading, activityId: string): RunFacts | null {
  const layers: Layer[] = [];
  if (page.app) layers.push({ source: 'site-data', facts: factsFromActivity(page.app) });
  if (page.page) layers.push({ source: 'page-script', facts: factsFromActivity(page.page) });
  const { facts, sources } = mergeLayers(layers);
  if (Object.keys(facts).length === 0) return null;
  return withinPhysicalRanges({ site: 'garmin-connect', activityId, sport: 'other', ...facts, sources });
}

/** Garmin's JSON comes whole: a page is read once the app or the page carries it. */
export function garminPageIsReadable(page: GarminPageReading): boolean {
  return page.app !== undefined || page.page !== undefined;
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
