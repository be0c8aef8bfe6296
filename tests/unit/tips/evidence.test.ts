import { describe, expect, it } from 'vitest';
import type { Signal, SignalId } from '../../../src/detect/signal';
import { TIP_CATALOG } from '../../../src/tips/catalog';
import { selectTips } from '../../../src/tips/select';
import { ARTICLE } from '../../../src/tips/sources';
import type { TipId } from '../../../src/tips/tip';
import { TIP_SOURCES } from '../../../src/tips/tip-sources';
import { LANGUAGES } from '../../../src/words/all-languages';
import type { TipText } from '../../../src/words/language';
import { LOCALES } from '../../../src/words/locale';
import { de as deMessages } from '../../../src/words/messages/de';
import { fr as frMessages } from '../../../src/words/messages/fr';

const signal = (id: SignalId): Signal => ({ id, evidence: { basis: 'marked-commute' } });
const selectedIds = (...ids: SignalId[]) => selectTips(ids.map(signal)).map((tip) => tip.id);
const words = (tip: TipText) => [tip.title, tip.summary, ...tip.steps].join(' ');
const tipIn = (locale: (typeof LOCALES)[number], id: TipId) => LANGUAGES[locale].tips[id];

describe('the sources behind each tip', () => {
  it.each(
    TIP_CATALOG.map((tip) => [tip.id, { ...tip, sources: TIP_SOURCES[tip.id] }] as const),
  )('%s has an evidence label and one to three sources', (_, tip) => {
    expect(['established', 'plausible', 'folklore']).toContain(tip.evidence);
    expect(tip.sources.length).toBeGreaterThanOrEqual(1);
    expect(tip.sources.length).toBeLessThanOrEqual(3);
    for (const source of tip.sources) {
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
      expect(Number.isInteger(source.year)).toBe(true);
      expect(source.year).toBeGreaterThanOrEqual(1990);
      expect(source.year).toBeLessThanOrEqual(new Date().getFullYear());
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(url.username + url.password).toBe('');
      expect(url.href).toBe(source.url);
    }
    expect(new Set(tip.sources.map((source) => source.url)).size).toBe(tip.sources.length);
  });

  it('cites the article for every tip, since every tip comes from it', () => {
    for (const tip of TIP_CATALOG) expect(TIP_SOURCES[tip.id], tip.id).toContain(ARTICLE);
  });

  it('backs every tip but folklore with a source beyond the article', () => {
    for (const tip of TIP_CATALOG.filter((candidate) => candidate.evidence !== 'folklore')) {
      expect(
        TIP_SOURCES[tip.id].some((source) => source !== ARTICLE),
        tip.id,
      ).toBe(true);
    }
  });

  it('keeps folklore labelled as folklore, citing the article alone', () => {
    for (const id of ['invisible-backpack', 'moon'] as const) {
      const tip = TIP_CATALOG.find((candidate) => candidate.id === id);
      expect(tip?.evidence).toBe('folklore');
      expect(TIP_SOURCES[id]).toEqual([ARTICLE]);
    }
  });

  it('calls upper-back strength and carried weight plausible: no trial tested them in runners', () => {
    const evidenceOf = (id: TipId) => TIP_CATALOG.find((tip) => tip.id === id)?.evidence;
    expect(evidenceOf('upper-back-strength')).toBe('plausible');
    expect(evidenceOf('carried-weight')).toBe('plausible');
  });
});

describe('honest words', () => {
  it.each([
    ['en', /swim/i],
    ['de', /schwimm/i],
    ['fr', /nag/i],
  ] as const)('suggests no swimming as the easy swap in %s', (locale, swimming) => {
    expect(words(tipIn(locale, 'overuse'))).not.toMatch(swimming);
  });

  it.each([
    ['en', /walking/, /cycling/, /elliptical/],
    ['de', /Gehen/, /Radfahren/, /Crosstrainer/],
    ['fr', /marche/, /vélo/, /elliptique/],
  ] as const)('suggests walking, upright cycling or the elliptical in %s', (locale, ...swaps) => {
    for (const swap of swaps) expect(words(tipIn(locale, 'overuse'))).toMatch(swap);
  });

  it.each([
    ['en', [/prone to cramping/, /Top up your fluids/, /until your urine is pale/], /thirst/, /hyponatraemia/],
    ['de', [/leichter Krämpfe/, /bis der Urin wieder hell ist/], /Durst/, /Hyponatriämie/],
    ['fr', [/les muscles crampent/, /urines redeviennent claires/], /soif/, /hyponatrémie/],
  ] as const)('in %s, says drink to thirst and warns of drinking too much, without the cramps claim', (locale, oldClaims, thirst, overdrinking) => {
    const hydration = words(tipIn(locale, 'hydration'));
    for (const claim of oldClaims) expect(hydration).not.toMatch(claim);
    expect(hydration).toMatch(thirst);
    expect(hydration).toMatch(overdrinking);
  });

  it.each([
    ['en', /cramp/i],
    ['de', /krampf|krämpf/i],
    ['fr', /crampe/i],
  ] as const)('no longer blames heat for cramps in the %s weather tip', (locale, cramps) => {
    expect(words(tipIn(locale, 'weather'))).not.toMatch(cramps);
  });

  it.each(LOCALES)('says in %s where the evidence for shoes, warm-ups and stretches is thin', (locale) => {
    const thin = {
      en: /unknown|not been shown|Neither .* has been shown/,
      de: /nicht bekannt|nicht belegt/,
      fr: /pas connu|pas démontré|n’ont pas montré/,
      es: /No se sabe|No se ha demostrado/,
      it: /Non si sa|Non è dimostrato/,
      nl: /niet bekend|niet aangetoond/,
      pt: /Não se sabe|Não foi demonstrado/,
    }[locale];
    for (const id of ['footwear', 'warm-up-cool-down', 'stretches'] as const) {
      expect(tipIn(locale, id).summary, `${locale} ${id}`).toMatch(thin);
    }
  });
});

describe('translations a native clinician accepts', () => {
  it('says it the German way', () => {
    const all = Object.values(LANGUAGES.de.tips).map(words).join(' ');
    expect(all).not.toMatch(/durchtreten/);
    expect(all).not.toMatch(/Pull-Aparts|Positiver Fokus|Willensprobe/);
    expect(tipIn('de', 'chest-stretch').title).toBe('Brustmuskeln dehnen');
    expect(words(tipIn('de', 'chest-stretch'))).toContain('einen Schritt durch den Türrahmen machen');
    expect(deMessages['signal.workout']).toBe('Tempoeinheit');
  });

  it('says it the French way', () => {
    const all = Object.values(LANGUAGES.fr.tips).map(words).join(' ');
    expect(all).not.toMatch(/face pulls|Courir grand|poitrine raide|Connaître votre terrain/);
    expect(frMessages['signal.race']).toBe('Compétition');
    expect(words(tipIn('fr', 'genetics'))).toContain('vos prédispositions');
    expect(words(tipIn('fr', 'upper-back-strength'))).toContain('écartés arrière');
  });
});

describe('which runs a tip answers', () => {
  it('does not put hydration first on a plain long run', () => {
    const [first] = selectedIds('long');
    expect(first).toBeDefined();
    expect(first).not.toBe('hydration');
  });

  it('does not pick genetics for a volume spike', () => {
    expect(selectedIds('volume-spike')).not.toContain('genetics');
  });

  it('picks the running-surface tip for a trail run, not for a hilly road run', () => {
    expect(selectedIds('trail')).toContain('surface');
    expect(selectedIds('hilly')).not.toContain('surface');
    expect(selectedIds('hilly', 'long')).not.toContain('surface');
  });
});
