import { ACTIVITY_ID_DIGITS } from '../../run/run-facts';
import type { SiteDefinition } from '../site';

/**
 * Attributes of Strava's activity model the bridge may pass on (as Sauce for Strava reads
 * them today: `type`, `detailedType`, `startDateLocal` in seconds; `sport_type` since
 * Strava's late-2024 rename), plus the signed-in athlete's unit choice and whether the
 * activity is theirs (never the ids themselves).
 */
export const STRAVA_MODEL_FIELDS = [
  'type',
  'sport_type',
  'detailedType',
  'distance',
  'moving_time',
  'elapsed_time',
  'elev_gain',
  'workout_type',
  'commute',
  'trainer',
  'startDateLocal',
  'start_date_local',
  'avg_hr',
  'measurement_preference',
  'viewer_is_athlete',
] as const;

/** The tabs of an activity's page (`ul#pagenav a[data-menu]` → `/activities/<id>/<tab>`). */
export const STRAVA_TABS = [
  'overview',
  'analysis',
  'laps',
  'segments',
  'best-efforts',
  'heartrate',
  'zone-distribution',
];

export const stravaSite: SiteDefinition = {
  id: 'strava',
  hosts: ['www.strava.com'],
  // The whole site: Strava opens activities from the feed and from each other in place.
  pageMatches: ['https://www.strava.com/*'],
  // /activities/<id>, and its tabs (/overview, /analysis…); not its edit or crop pages.
  activityPaths: [
    new RegExp(String.raw`^/activities/(${ACTIVITY_ID_DIGITS})(?:/(?!edit\b|truncate\b|crop\b)[a-z-]+)?/?$`),
  ],
  bridgeStart: 'runtime',
  bridgeFields: STRAVA_MODEL_FIELDS,
  pathWords: ['activities', ...STRAVA_TABS],
};
