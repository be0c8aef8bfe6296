import type { Sport } from '../../run/run-facts';

/** Garmin's type ids: running is type 1 (under the root, parent 17); its subtypes have parent 1. */
const RUNNING_TYPE_ID = 1;

/** By type key; indoor running is a virtual run, whose pace says little of the road. */
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
 * An activity's sport from Garmin's type, the same on its page and in the list: by type key;
 * a key we do not know is a run when its type is running's own or one of its subtypes;
 * `other` for any other type, undefined when nothing says.
 */
export function garminSport(typeKey: unknown, typeId: unknown, parentTypeId: unknown): Sport | undefined {
  if (typeof typeKey === 'string' && Object.hasOwn(SPORT_BY_TYPE_KEY, typeKey)) return SPORT_BY_TYPE_KEY[typeKey];
  if (typeId === RUNNING_TYPE_ID || parentTypeId === RUNNING_TYPE_ID) return 'run';
  return typeof typeKey === 'string' || typeof typeId === 'number' ? 'other' : undefined;
}
