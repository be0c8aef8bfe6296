import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Signal, SignalId } from '../../../src/detect/signal';
import { TIP_CATALOG } from '../../../src/tips/catalog';
import { selectTips } from '../../../src/tips/select';
import { LANGUAGES } from '../../../src/words/all-languages';
import { speak, tipText } from '../../../src/words/language';
import { LOCALES } from '../../../src/words/locale';
import { tipWhy } from '../../../src/words/signal-words';
import { FIXTURES_DIR } from '../../fixtures/fixture-files';
import { SHINGLE_WORDS, shingleHashes } from './shingles';

const TIP_TEXTS = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].tips])) as Record<
  (typeof LOCALES)[number],
  (typeof LANGUAGES)['en']['tips']
>;
/** Every tip with its words in one language, in catalog order. */
const tipsIn = (locale: keyof typeof TIP_TEXTS) => TIP_CATALOG.map((tip) => ({ ...tip, ...TIP_TEXTS[locale][tip.id] }));

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

const signal = (id: SignalId): Signal => ({ id, evidence: { basis: 'marked-commute' } });
const topIds = (signals: Signal[], count: number) =>
  selectTips(signals)
    .slice(0, count)
    .map((tip) => tip.id);

describe('the tip catalog', () => {
  it('has one entry for every tip id of the contract, and no other', () => {
    expect(TIP_CATALOG.map((tip) => tip.id).sort()).toEqual([...CONTRACT_TIP_IDS].sort());
  });

  it.each(LOCALES)('has every tip, with every field, in %s', (locale) => {
    expect(Object.keys(TIP_TEXTS[locale]).sort()).toEqual([...CONTRACT_TIP_IDS].sort());
    for (const tip of tipsIn(locale)) {
      expect(tip.title.trim(), `${locale} ${tip.id}`).not.toBe('');
      expect(tip.summary.trim(), `${locale} ${tip.id}`).not.toBe('');
      expect(tip.steps.length, `${locale} ${tip.id}`).toBeGreaterThanOrEqual(2);
      expect(tip.steps.length, `${locale} ${tip.id}`).toBeLessThanOrEqual(4);
      for (const step of tip.steps) expect(step.trim(), `${locale} ${tip.id}`).not.toBe('');
      expect(tip.when.length, tip.id).toBeGreaterThan(0);
      expect(['established', 'plausible', 'folklore']).toContain(tip.evidence);
      if (tip.source.kind === 'cause') expect(tip.source.number).toBeGreaterThanOrEqual(1);
      if (tip.source.kind === 'cause') expect(tip.source.number).toBeLessThanOrEqual(18);
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('has no tip left in English in %s', (locale) => {
    const english = LANGUAGES.en.tips;
    for (const tip of tipsIn(locale)) {
      const words = [tip.title, tip.summary, ...tip.steps];
      const englishWords = [english[tip.id].title, english[tip.id].summary, ...english[tip.id].steps];
      expect(
        words.filter((text) => englishWords.includes(text)),
        `${locale} ${tip.id}`,
      ).toEqual([]);
      expect(tip.steps, `${locale} ${tip.id}: as many steps as in English`).toHaveLength(english[tip.id].steps.length);
    }
  });

  it('takes every numbered cause of the article and its FAQ', () => {
    const causes = TIP_CATALOG.flatMap((tip) => (tip.source.kind === 'cause' ? [tip.source.number] : []));
    expect([...new Set(causes)].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, index) => index + 1));
    expect(
      TIP_CATALOG.filter((tip) => tip.source.kind === 'faq')
        .map((tip) => tip.id)
        .sort(),
    ).toEqual(['new-runner', 'stretches']);
  });

  it('labels the article’s folklore as folklore', () => {
    const folklore = TIP_CATALOG.filter((tip) => tip.evidence === 'folklore').map((tip) => tip.id);
    expect(folklore.sort()).toEqual(['invisible-backpack', 'moon']);
  });

  it(`is written in our own words: no run of ${SHINGLE_WORDS} words is the article’s`, () => {
    // Hashes of the article's phrases (made by scripts/article-shingles.ts): the article itself is not in the project.
    const article = new Set<string>(JSON.parse(readFileSync(join(FIXTURES_DIR, 'article-shingles.json'), 'utf8')));
    expect(article.size).toBeGreaterThan(1000);
    for (const tip of tipsIn('en')) {
      const ours = shingleHashes([tip.title, tip.summary, ...tip.steps].join('. '));
      const copied = [...ours].filter((hash) => article.has(hash));
      expect(copied, tip.id).toEqual([]);
    }
  });
});

describe('selectTips', () => {
  it('answers a plain long run with posture, overuse and the chest stretch first', () => {
    expect(topIds([signal('long')], 3)).toEqual(['posture', 'overuse', 'chest-stretch']);
  });

  it('answers a fast run with pace, warm-up and breathing first', () => {
    expect(topIds([signal('fast')], 3).sort()).toEqual(['breathing', 'pace', 'warm-up-cool-down']);
  });

  it.each([
    ['commute', 'carried-weight'],
    ['worn-shoes', 'footwear'],
    ['hot', 'weather'],
    ['cold', 'weather'],
  ] as const)('answers %s with %s among its top tips', (signalId, tipId) => {
    expect(topIds([signal(signalId)], 3)).toContain(tipId);
  });

  it('says why each tip fits, naming the signal and its numbers, in the views’ language', () => {
    const long: Signal = { id: 'long', evidence: { basis: 'distance', distanceM: 21_100, thresholdM: 15_000 } };
    const [first] = selectTips([long]);
    if (!first) throw new Error('no tip for a long run');
    expect(first.becauseOf).toBe('long');
    expect(tipWhy(first, [long], 'metric')).toBe('Long: 21.1 km, over your 15.0 km long-run mark');
    expect(tipWhy(first, [long], 'imperial')).toBe('Long: 13.1 mi, over your 9.3 mi long-run mark');
    speak(LANGUAGES.de);
    expect(tipWhy(first, [long], 'metric')).toMatch(/^Lang: 21,1 km/);
  });

  it('chooses the same tips in every language, and they read in the views’ language', () => {
    const [first] = selectTips([signal('commute')]);
    speak(LANGUAGES.fr);
    expect(first && tipText(first.id).title).toBe('Alléger ce que vous portez');
  });

  it('never selects folklore unless asked, and then it keeps its label', () => {
    const everySignal: Signal[] = (['long', 'fast', 'race', 'commute', 'hot', 'new-runner'] as const).map(signal);
    expect(selectTips(everySignal).some((tip) => tip.evidence === 'folklore')).toBe(false);
    const withFolklore = selectTips(everySignal, { showFolklore: true }).filter((tip) => tip.evidence === 'folklore');
    expect(withFolklore.map((tip) => tip.id).sort()).toEqual(['invisible-backpack', 'moon']);
  });

  it('gives no tips to a run with no signals', () => {
    expect(selectTips([])).toEqual([]);
  });

  it('always ranks the same run the same way', () => {
    const signals = [signal('long'), signal('fast'), signal('hot')];
    expect(selectTips(signals).map((tip) => tip.id)).toEqual(selectTips([...signals].reverse()).map((tip) => tip.id));
  });
});
