import { describe, expect, it } from 'vitest';
import { type CheckIn, type Soreness, urgencies } from '../../../src/checkins/check-in';
import { associations, painLinkedSignals } from '../../../src/checkins/insights';
import { sanitizeCheckIns } from '../../../src/checkins/sanitize-check-ins';
import type { Signal, SignalId } from '../../../src/detect/signal';
import { selectTips } from '../../../src/tips/select';

let nextId = 1;
function checkIn(signals: SignalId[], soreness: Soreness, sport: CheckIn['run']['sport'] = 'run'): CheckIn {
  const id = String(nextId++);
  return {
    key: `strava:${id}`,
    site: 'strava',
    activityId: id,
    run: { sport },
    signals,
    soreness,
    areas: [],
    redFlags: [],
    recordedAt: nextId,
    updatedAt: nextId,
  };
}

const repeat = (count: number, make: () => CheckIn) => Array.from({ length: count }, make);

/** Fast runs often hurt (4 of 5); easy ones rarely (1 of 9). Long runs: no difference. */
const FAST_HURTS = [
  ...repeat(4, () => checkIn(['fast'], 'moderate')),
  checkIn(['fast'], 'none'),
  checkIn([], 'mild'),
  ...repeat(8, () => checkIn([], 'none')),
];

describe('associations', () => {
  it('counts pain after runs with a signal and after runs without it', () => {
    expect(associations(FAST_HURTS)).toEqual([
      { signal: 'fast', withSignal: { runs: 5, hurt: 4 }, withoutSignal: { runs: 9, hurt: 1 } },
    ]);
  });

  it('says nothing about a group with fewer than 3 check-ins', () => {
    const few = [checkIn(['hot'], 'severe'), checkIn(['hot'], 'severe'), ...repeat(5, () => checkIn([], 'none'))];
    expect(associations(few)).toEqual([]);
    expect(associations([...few, checkIn(['hot'], 'mild')])).toHaveLength(1);
  });

  it('leaves rides and other sports out', () => {
    const rides = repeat(6, () => checkIn(['fast'], 'severe', 'other'));
    expect(associations([...rides, ...repeat(4, () => checkIn([], 'none'))])).toEqual([]);
  });

  it('links a signal with pain only when pain clearly follows it more often', () => {
    expect(painLinkedSignals(FAST_HURTS)).toEqual(['fast']);
    const even = [...repeat(3, () => checkIn(['long'], 'mild')), ...repeat(3, () => checkIn([], 'mild'))];
    expect(painLinkedSignals(even)).toEqual([]);
  });
});

describe('the ranking boost', () => {
  const signal = (id: SignalId): Signal => ({ id, evidence: { basis: 'marked-commute' } });

  it('ranks the tips for a pain-linked signal first, and marks them as personal', () => {
    const signals = [signal('long'), signal('fast')];
    const usual = selectTips(signals);
    const forThisRunner = selectTips(signals, undefined, ['fast']);
    const rank = (tips: typeof usual, id: string) => tips.findIndex((tip) => tip.id === id);
    // Usually a long run's recovery tip comes before pacing; for a runner whose fast runs hurt, pacing comes first.
    expect(rank(usual, 'overuse')).toBeLessThan(rank(usual, 'pace'));
    expect(rank(forThisRunner, 'pace')).toBeLessThan(rank(forThisRunner, 'overuse'));
    expect(forThisRunner.slice(0, 3).map((tip) => tip.id)).toEqual(['posture', 'breathing', 'pace']);
    expect(forThisRunner.find((tip) => tip.id === 'pace')?.personal).toBe(true);
    expect(forThisRunner.find((tip) => tip.id === 'overuse')?.personal).toBe(false);
  });

  it('changes nothing for signals the run does not have', () => {
    const signals = [signal('long')];
    expect(selectTips(signals, undefined, ['fast']).map((tip) => tip.id)).toEqual(
      selectTips(signals).map((tip) => tip.id),
    );
  });
});

describe('urgencies', () => {
  it.each([
    [{ soreness: 'mild', areas: [], redFlags: ['chest-pain'] }, ['emergency']],
    [{ soreness: 'none', areas: [], redFlags: ['breathless-beyond-effort'] }, ['emergency']],
    [{ soreness: 'severe', areas: [], redFlags: [] }, ['doctor']],
    [{ soreness: 'mild', areas: [], redFlags: ['one-arm-tingling'] }, ['doctor']],
    [{ soreness: 'severe', areas: [], redFlags: ['one-arm-tingling', 'spreading-pain'] }, ['emergency', 'doctor']],
    [{ soreness: 'moderate', areas: ['mid-back'], redFlags: [] }, []],
  ] as const)('%j → %j', (answer, expected) => {
    expect(urgencies({ ...answer, areas: [...answer.areas], redFlags: [...answer.redFlags] })).toEqual(expected);
  });
});

describe('sanitizeCheckIns', () => {
  it('keeps sound check-ins and drops only the damaged ones', () => {
    const good = checkIn(['fast'], 'mild');
    const stored = [good, { ...good, activityId: 'x' }, { ...good, soreness: 'agony' }, null, 'junk'];
    expect(sanitizeCheckIns(stored)).toEqual([good]);
  });

  it('drops unknown areas, flags and signals from a check-in but keeps it', () => {
    const raw = {
      ...checkIn(['fast'], 'mild'),
      areas: ['knee', 'mid-back'],
      redFlags: ['hiccups'],
      signals: ['fast', 'sleepy'],
    };
    const [kept] = sanitizeCheckIns([raw]);
    expect(kept?.areas).toEqual(['mid-back']);
    expect(kept?.redFlags).toEqual([]);
    expect(kept?.signals).toEqual(['fast']);
  });
});
