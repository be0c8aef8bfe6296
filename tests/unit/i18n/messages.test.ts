import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale } from '../../../src/i18n/locale';
import { de } from '../../../src/i18n/messages/de';
import { en } from '../../../src/i18n/messages/en';
import { fr } from '../../../src/i18n/messages/fr';
import { translate } from '../../../src/i18n/translate';

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
    expect(translate('de', 'popup.tipCount.other', { count: 7 })).toBe('7 Tipps passen zu diesem Lauf.');
    expect(translate('fr', 'tip.source.cause', { number: 6 })).toBe('Article, cause 6');
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
