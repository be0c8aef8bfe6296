import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/words/locale';

const LOCALES_DIR = join(import.meta.dirname, '..', '..', '..', 'public', '_locales');
const localeFile = (folder: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The stores know Portuguese only as Brazil's and Portugal's; every other language by its own code. */
const FOLDERS: Record<Locale, readonly string[]> = {
  en: ['en'],
  de: ['de'],
  fr: ['fr'],
  es: ['es'],
  it: ['it'],
  nl: ['nl'],
  pt: ['pt_BR', 'pt_PT'],
};

/** The Chrome Web Store's locale codes for the languages we have (its developer docs' list). */
const STORE_LOCALES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt_BR', 'pt_PT'];

describe('the store listing and toolbar strings', () => {
  it.each(
    LOCALES.flatMap((locale) => FOLDERS[locale]),
  )('exist in _locales/%s with every key, and a description the stores take', (folder) => {
    const messages = localeFile(folder);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(localeFile('en')).sort());
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), `${folder} ${key}`).not.toBe('');
    // The Chrome Web Store refuses a manifest description longer than 132 characters.
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    expect(messages.extName?.message).toBe('Backstride');
  });

  it('has a folder for every language and no other, each named as the stores name it', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(STORE_LOCALES);
    expect(LOCALES.flatMap((locale) => FOLDERS[locale]).sort()).toEqual(STORE_LOCALES);
  });
});
