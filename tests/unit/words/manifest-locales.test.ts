import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/words/locale';

const PUBLIC_DIR = join(import.meta.dirname, '..', '..', '..', 'public');
const localeFile = (locale: string) =>
  JSON.parse(readFileSync(join(PUBLIC_DIR, '_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('the store listing and toolbar strings', () => {
  it.each(LOCALES)('exist in %s with every key', (locale) => {
    const messages = localeFile(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(localeFile('en')).sort());
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${locale} ${key}`).not.toBe('');
  });
});
