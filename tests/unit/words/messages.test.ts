import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/words/all-languages';
import { translate } from '../../../src/words/language';
import { LOCALES, pickLocale } from '../../../src/words/locale';
import { en } from '../../../src/words/messages/en';

const MESSAGES = Object.fromEntries(LOCALES.map((locale) => [locale, LANGUAGES[locale].messages]));
/**
 * What may read the same as in English: a short label ("Distance", "min per km", "Sources")
 * is often the same word in another language; a sentence never is.
 */
const MAY_MATCH_ENGLISH = (text: string) => (text.replace(/\{\w+\}/g, '').match(/\p{L}+/gu) ?? []).length <= 3;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings in every language', () => {
  it('come in seven languages', () => {
    expect([...LOCALES]).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has no string left in English', (locale) => {
    const untranslated = Object.entries(en).filter(
      ([key, text]) => MESSAGES[locale]?.[key as keyof typeof en] === text && !MAY_MATCH_ENGLISH(text),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it.each(
    LOCALES.filter((locale) => locale !== 'en'),
  )('%s has every English key, filled, with the same placeholders', (locale) => {
    const messages = MESSAGES[locale] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(messages[key]?.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(messages[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(text));
    }
  });

  it('fills placeholders', () => {
    expect(translate(LANGUAGES.de, 'popup.tipCount.other', { count: 7 })).toBe('7 Tipps passen zu diesem Lauf.');
    expect(translate(LANGUAGES.fr, 'tip.source.cause', { number: 6 })).toBe('Article, cause 6');
  });

  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['it-IT', 'it'],
    ['nl-BE', 'nl'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['pl-PL', 'en'],
    [undefined, 'en'],
  ] as const)('a browser in %s gets %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
