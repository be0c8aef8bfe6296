import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/history/history-entry';
import { addToLog, mergeIntoLog, removeFromLog } from '../../../src/history/run-log';
import { sanitizeHistory } from '../../../src/history/sanitize-history';

const entry = (id: number, seenAt: number): HistoryEntry => ({
  key: `strava:${id}`,
  site: 'strava',
  activityId: String(id),
  sport: 'run',
  seenAt,
  distanceM: 5000,
  signals: [],
});

describe('addToLog', () => {
  it('keeps one entry per activity, remembering when it was first seen', () => {
    const log = addToLog(addToLog([], entry(1, 100)), { ...entry(1, 500), signals: ['long'] });
    expect(log).toEqual([{ ...entry(1, 100), signals: ['long'] }]);
  });

  it('drops the oldest once the log is full', () => {
    let log: HistoryEntry[] = [];
    for (let id = 1; id <= 5; id++) log = addToLog(log, entry(id, id * 10), 3);
    expect(log.map((kept) => kept.activityId)).toEqual(['3', '4', '5']);
  });
});

describe('removeFromLog', () => {
  it('takes one activity out, and gives the same log back when it was not there', () => {
    const log = [entry(1, 10), entry(2, 20)];
    expect(removeFromLog(log, 'strava:1')).toEqual([entry(2, 20)]);
    expect(removeFromLog(log, 'strava:3')).toBe(log);
  });
});

describe('sanitizeHistory', () => {
  it('keeps sound entries and drops only the damaged ones', () => {
    const stored = [
      entry(1, 10),
      { ...entry(2, 20), site: 'myspace' },
      null,
      'garbage',
      { ...entry(3, 30), seenAt: 'yesterday' },
      entry(4, 40),
    ];
    expect(sanitizeHistory(stored).map((kept) => kept.activityId)).toEqual(['1', '4']);
  });

  it.each([null, undefined, 'corrupted', 42, { entries: [] }])('reads %j as an empty log', (raw) => {
    expect(sanitizeHistory(raw)).toEqual([]);
  });

  it('drops impossible numbers but keeps the run', () => {
    const [kept] = sanitizeHistory([{ ...entry(1, 10), distanceM: -4, movingTimeS: Number.NaN }]);
    expect(kept).not.toHaveProperty('distanceM');
    expect(kept).not.toHaveProperty('movingTimeS');
    expect(kept?.activityId).toBe('1');
  });
});

describe('mergeIntoLog', () => {
  const garmin = (id: string, from: HistoryEntry['from'], startTime = '2026-04-23T08:04:14') =>
    ({
      key: `garmin-connect:${id}`,
      site: 'garmin-connect',
      activityId: id,
      sport: 'run',
      startTime,
      seenAt: 1,
      signals: [],
      from,
    }) as HistoryEntry;

  it('keeps one entry for a run an export names by its start and a page or list by its id', () => {
    const fromPage = garmin('18923007987', 'page', '2026-04-23T08:04:00');
    const fromFile = garmin('20260423080414', 'import');
    expect(mergeIntoLog([fromPage], [fromFile]).map((entry) => entry.key)).toEqual([fromPage.key]);
    expect(mergeIntoLog([fromFile], [garmin('18923007987', 'list')]).map((entry) => entry.key)).toEqual([
      'garmin-connect:18923007987',
    ]);
    const otherRun = garmin('20260424080414', 'import', '2026-04-24T08:04:14');
    expect(mergeIntoLog([fromPage], [otherRun])).toHaveLength(2);
  });
});
