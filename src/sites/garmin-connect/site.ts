import { ACTIVITY_ID_DIGITS } from '../../run/run-facts';
import type { SiteDefinition } from '../site';

/** Paths in Garmin Connect's activity JSON (activity-service, or a page's `activityData`) we read. */
export const GARMIN_ACTIVITY_FIELDS = [
  'activityId',
  'activityTypeDTO.typeKey',
  'activityTypeDTO.typeId',
  'activityTypeDTO.parentTypeId',
  'eventTypeDTO.typeKey',
  'summaryDTO.distance',
  'summaryDTO.movingDuration',
  'summaryDTO.duration',
  'summaryDTO.elapsedDuration',
  'summaryDTO.elevationGain',
  'summaryDTO.averageHR',
  'summaryDTO.maxHR',
  'summaryDTO.averageRunCadence',
  'summaryDTO.startTimeLocal',
] as const;

export const garminConnectSite: SiteDefinition = {
  id: 'garmin-connect',
  hosts: ['connect.garmin.com'],
  // The app of today (/app/activities → /app/activity/<id>, in place) and of before 2025
  // (/modern/…). Nothing else of connect.garmin.com.
  pageMatches: ['https://connect.garmin.com/app/*', 'https://connect.garmin.com/modern/*'],
  // /app/activity/<id>, /modern/activity/<id>, and the public embed page /modern/activity/embed/<id>.
  activityPaths: [new RegExp(`^/(?:app|modern)/activity/(?:embed/)?(${ACTIVITY_ID_DIGITS})/?$`)],
  bridgeStart: 'document-start',
  bridgeFields: GARMIN_ACTIVITY_FIELDS,
  pathWords: ['app', 'modern', 'activity', 'embed'],
};
