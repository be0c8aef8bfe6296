import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

interface Import {
  /** The importing file, from the project root: "src/ui/Panel.tsx". */
  file: string;
  /** The imported module, from the project root, when it is one of ours: "src/words/language". */
  target: string;
  /** `import type …` and `export type … from`: gone from the built code. */
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import of one of our own modules in src/, as written in the code. */
function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((match) => ({ specifier: match[3] ?? match[4] ?? '', typeOnly: match[2] !== undefined }))
    .filter(({ specifier }) => specifier.startsWith('.'))
    .map(({ specifier, typeOnly }) => ({
      file: relative(ROOT, path),
      target: relative(ROOT, resolve(dirname(path), specifier)),
      typeOnly,
    }));
}

const IMPORTS = sourceFiles(SRC).flatMap(importsOf);

const within = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

/** The imports from files in `from` of modules in any of `to`, as "file → module" lines. */
function crossings(from: string, to: readonly string[], { valuesOnly = false } = {}): string[] {
  return IMPORTS.filter(
    (found) =>
      within(from)(found.file) && to.some((folder) => within(folder)(found.target)) && !(valuesOnly && found.typeOnly),
  ).map((found) => `${found.file} → ${found.target}`);
}

describe('the shape of the house (imports in src/)', () => {
  it('reads the imports it checks', () => {
    // A parser that found nothing would pass every rule below.
    expect(IMPORTS.length).toBeGreaterThan(300);
    expect(crossings('src/ui', ['src/words'])).not.toEqual([]);
  });

  it('views stand on no part of the brain and read no page: src/ui imports neither background/ nor sites/', () => {
    expect(crossings('src/ui', ['src/background', 'src/sites'])).toEqual([]);
  });

  it.each([
    'src/detect',
    'src/tips',
    'src/settings',
  ])('judgement carries no words: %s imports nothing of words/', (folder) => {
    expect(crossings(folder, ['src/words'])).toEqual([]);
  });

  it('the background is the one writer: only it holds the store writer', () => {
    const writers = IMPORTS.filter((found) => found.target === 'src/data/store-writer' && !found.typeOnly);
    expect(
      writers.map((found) => found.file).filter((file) => !within('src/background')(file) && !within('src/data')(file)),
    ).toEqual([]);
    // Nor do views reach around it to storage itself.
    expect(crossings('src/ui', ['src/storage/versioned-item', 'src/data/store-writer'], { valuesOnly: true })).toEqual(
      [],
    );
    for (const file of sourceFiles(join(SRC, 'ui'))) {
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(
        /versionedItem|browser\.storage|\.(setItem|removeItem)\(/,
      );
    }
  });

  it('languages are loaded by a call, never registered by importing a file for its effect', () => {
    const sideEffectImports = sourceFiles(SRC).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.endsWith('.css'))
        .map((specifier) => `${relative(ROOT, path)} → ${specifier}`),
    );
    expect(sideEffectImports).toEqual([]);
  });
});
