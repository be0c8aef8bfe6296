import type { BridgeValue } from '../bridge/protocol';
import { withinPhysicalRanges } from '../run/physical-ranges';
import type { Sport } from '../run/run-facts';
import { SITE_PAGE_MATCHES } from './match-patterns';
import { mergeLayers } from './merge-layers';
import type { SiteAdapter } from './site-adapter';

const ACTIVITY_PATH = /^\/modern\/activity\/(\d+)\/?$/;
const RUNNING_PARENT_TYPE_ID = 1;

/** Garmin's activity type keys that are runs; any other running type (parent 1) is a plain run. */
const SPORT_BY_TYPE_KEY: Record<string, Sport> = {
  running: 'run',
  street_running: 'run',
  track_running: 'run',
  ultra_run: 'run',
  obstacle_run: 'run',
  trail_running: 'trail-run',
  treadmill_running: 'virtual-run',
  indoor_running: 'virtual-run',
  virtual_run: 'virtual-run',
};

/**
 * Garmin Connect is a single-page app that loads each activity as JSON with the user's own
 * token. The page bridge sees that JSON as the app receives it; this adapter reads only
 * what the bridge passed on and never requests anything itself.
 */
export const garminConnect: SiteAdapter = {
  id: 'garmin-connect',
  readerMatches: SITE_PAGE_MATCHES['garmin-connect'],

  activityIdFromUrl(url) {
    if (url.hostname !== 'connect.garmin.com') return null;
    return ACTIVITY_PATH.exec(url.pathname)?.[1] ?? null;
  },

  isReadable(_doc, url, bridge) {
    return bridge?.site === 'garmin-connect' && bridge.activityId === this.activityIdFromUrl(url);
  },

  read(_doc, url, bridge) {
    const activityId = this.activityIdFromUrl(url);
    if (activityId === null || bridge?.site !== 'garmin-connect' || bridge.activityId !== activityId) return null;
    const json = bridge.fields;
    const startTime = stringOf(json['summaryDTO.startTimeLocal'])?.replace(' ', 'T');
    const { facts, sources } = mergeLayers([
      {
        source: 'site-data',
        facts: {
          sport: sportOf(json),
          distanceM: numberOf(json['summaryDTO.distance']),
          movingTimeS: numberOf(json['summaryDTO.movingDuration']),
          elapsedTimeS: numberOf(json['summaryDTO.elapsedDuration']) ?? numberOf(json['summaryDTO.duration']),
          elevationGainM: numberOf(json['summaryDTO.elevationGain']),
          avgHeartRate: numberOf(json['summaryDTO.averageHR']),
          maxHeartRate: numberOf(json['summaryDTO.maxHR']),
          avgCadenceSpm: numberOf(json['summaryDTO.averageRunCadence']),
          workoutType: json['eventTypeDTO.typeKey'] === 'race' ? 'race' : undefined,
          startTime: startTime && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(startTime) ? startTime : undefined,
        },
      },
    ]);
    return withinPhysicalRanges({ site: 'garmin-connect', activityId, sport: 'other', ...facts, sources });
  },
};

function sportOf(json: Record<string, BridgeValue>): Sport | undefined {
  const typeKey = stringOf(json['activityTypeDTO.typeKey']);
  if (typeKey === undefined) return undefined;
  const known = SPORT_BY_TYPE_KEY[typeKey];
  if (known) return known;
  return json['activityTypeDTO.parentTypeId'] === RUNNING_PARENT_TYPE_ID ? 'run' : 'other';
}

function stringOf(value: BridgeValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberOf(value: BridgeValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

// Checked on the JSON payloads in tests/fixtures/garmin-connect/ (activity pages
// https://connect.garmin.com/modern/activity/<id>, JSON from /activity-service/activity/<id>).
