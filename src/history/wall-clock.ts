const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

export const DAY_MS = 24 * 3600 * 1000;

/**
 * A start time as the runner's own clock showed it, in milliseconds on a common scale.
 * Sites give local times, with or without a zone suffix; the day a run happened is the day
 * on the runner's clock, so the zone is deliberately ignored.
 */
export function wallClockMs(startTime: string | undefined): number | undefined {
  if (startTime === undefined) return undefined;
  // Every judgement reads the whole history's start times again: each is parsed once.
  if (parsed.has(startTime)) return parsed.get(startTime);
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  const ms = parseWallClock(startTime);
  parsed.set(startTime, ms);
  return ms;
}

const MAX_REMEMBERED = 20_000;
const parsed = new Map<string, number | undefined>();

function parseWallClock(startTime: string): number | undefined {
  const parts = ISO_PARTS.exec(startTime);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second = '0'] = parts.map(Number) as number[];
  const ms = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, Number(second));
  return Number.isFinite(ms) ? ms : undefined;
}

/** The calendar day (days since 1970) of a wall-clock time. */
export function dayNumber(wallClock: number): number {
  return Math.floor(wallClock / DAY_MS);
}

/** An instant (ms since 1970) as this computer's clock shows it, on the wall-clock scale. */
export function localWallClock(instantMs: number): number {
  return instantMs - new Date(instantMs).getTimezoneOffset() * 60_000;
}
