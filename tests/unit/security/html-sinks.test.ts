import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHIPPED = ['src', 'entrypoints'];

/** Ways to turn a string into markup or code: none belongs in what we ship. */
const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /insertAdjacentHTML/,
  /dangerouslySetInnerHTML/,
  /document\.write\(/,
  /\beval\(/,
  /new Function\(/,
  /createContextualFragment/,
  /setTimeout\(\s*['"`]/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('what we ship', () => {
  const files = SHIPPED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('never turns a string into markup or code', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return SINKS.filter((sink) => sink.test(text)).map((sink) => `${relative(ROOT, file)}: ${sink}`);
    });
    expect(found).toEqual([]);
  });

  it('loads no remote code: every script and import is our own file', () => {
    const remote = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(?:src=|import\s*\(|from\s)\s*["'`](https?:)?\/\/[^"'`]+["'`]/g)].map(
        (match) => `${relative(ROOT, file)}: ${match[0]}`,
      );
    });
    expect(remote).toEqual([]);
  });
});
