const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * Garmin's `startTimeLocal`, "2025-04-24T16:42:20.0" on an activity and "2025-04-24 16:42:20"
 * in the list: the runner's local time, no zone, as ISO ("2025-04-24T16:42:20.0"). Undefined
 * for anything else.
 */
export function garminLocalTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = LOCAL_DATE_TIME.exec(value.trim());
  return match ? `${match[1]}T${match[2]}` : undefined;
}
