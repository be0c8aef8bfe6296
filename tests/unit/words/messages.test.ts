import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/words/all-languages';
import { translate } from '../../../src/words/language';
import { LOCALES, pickLocale } from '../../../src/words/locale';
import { de } from '../../../src/words/messages/de';
import { en } from '../../../src/words/messages/en';
import { fr } from '../../../src/words/messages/fr';

const MESSAGES = { en, de, fr };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings in every language', () => {
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
    ['es-ES', 'en'],
    [undefined, 'en'],
  ] as const)('a browser in %s gets %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
