import { describe, expect, it } from 'vitest';
import type { Signal, SignalId } from '../../../src/detect/signal';
import { TIP_CATALOG } from '../../../src/tips/catalog';
import { selectTips } from '../../../src/tips/select';

const CONTRACT_TIP_IDS = [
  'posture',
  'chest-stretch',
  'upper-back-strength',
  'breathing',
  'carried-weight',
  'hydration',
  'overuse',
  'stress',
  'footwear',
  'see-a-doctor',
  'invisible-backpack',
  'moon',
  'surface',
  'pace',
  'warm-up-cool-down',
  'genetics',
  'weather',
  'mind-over-matter',
  'stretches',
  'new-runner',
];

const signal = (id: SignalId): Signal => ({ id, reason: `because ${id}`, evidence: { basis: 'marked-commute' } });
const topIds = (signals: Signal[], count: number) =>
  selectTips(signals)
    .slice(0, count)
    .map((tip) => tip.id);

describe('the tip catalog', () => {
  it('has one entry for every tip id of the contract, and no other', () => {
    expect(TIP_CATALOG.map((tip) => tip.id).sort()).toEqual([...CONTRACT_TIP_IDS].sort());
  });

  it('says for every tip where it comes from and how strong its evidence is', () => {
    for (const tip of TIP_CATALOG) {
      expect(tip.title, tip.id).not.toBe('');
      expect(tip.steps.length, tip.id).toBeGreaterThan(0);
      expect(['established', 'plausible', 'folklore'], tip.id).toContain(tip.evidence);
      if (tip.source.kind === 'cause') expect(tip.source.number, tip.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('labels the article’s folklore as folklore', () => {
    const folklore = TIP_CATALOG.filter((tip) => tip.evidence === 'folklore').map((tip) => tip.id);
    expect(folklore.sort()).toEqual(['invisible-backpack', 'moon']);
  });
});

describe('selectTips', () => {
  it('answers a long run with hydration, overuse and posture first', () => {
    expect(topIds([signal('long')], 3).sort()).toEqual(['hydration', 'overuse', 'posture']);
  });

  it('answers a fast run with pace, warm-up and breathing first', () => {
    expect(topIds([signal('fast')], 3).sort()).toEqual(['breathing', 'pace', 'warm-up-cool-down']);
  });

  it('says why each tip fits, naming the signal and its reason', () => {
    const [first] = selectTips([signal('long')]);
    expect(first?.why).toBe('Long: because long');
  });

  it('never selects folklore unless asked, and then labels it', () => {
    const everySignal: Signal[] = (['long', 'fast', 'race', 'commute'] as const).map(signal);
    expect(selectTips(everySignal).some((tip) => tip.evidence === 'folklore')).toBe(false);
    const withFolklore = selectTips(everySignal, { showFolklore: true }).filter((tip) => tip.evidence === 'folklore');
    expect(withFolklore.map((tip) => tip.id).sort()).toEqual(['invisible-backpack', 'moon']);
  });

  it('gives no tips to a run with no signals', () => {
    expect(selectTips([])).toEqual([]);
  });

  it('always ranks the same run the same way', () => {
    const signals = [signal('long'), signal('fast')];
    expect(selectTips(signals).map((tip) => tip.id)).toEqual(selectTips([...signals]).map((tip) => tip.id));
  });
});
