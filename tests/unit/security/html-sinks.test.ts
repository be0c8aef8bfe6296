import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHIPPED = ['src', 'entrypoints'];

/** Ways to turn a string into markup or code, each with a line it must catch: none belongs in what we ship. */
const SINKS: readonly [RegExp, string][] = [
  [/\binnerHTML\b/, "panel['innerHTML'] = text"],
  [/\bouterHTML\b/, 'node.outerHTML = text'],
  [/insertAdjacentHTML/, "el.insertAdjacentHTML('beforeend', text)"],
  [/dangerouslySetInnerHTML/, '<div dangerouslySetInnerHTML={{ __html: text }} />'],
  [/setHTML(Unsafe)?\(/, 'el.setHTMLUnsafe(text)'],
  [/\bsrcdoc\b/, 'frame.srcdoc = text'],
  [/document\.write(ln)?\(/, 'document.writeln(text)'],
  [/createContextualFragment/, 'range.createContextualFragment(text)'],
  [/parseFromString\(/, "new DOMParser().parseFromString(text, 'text/html')"],
  [/\beval\(/, 'eval(text)'],
  [/\bFunction\(/, "Function('return 1')()"],
  [/set(Timeout|Interval)\(\s*['"`]/, "setInterval('tick()', 10)"],
  [/setAttribute\(\s*['"`]on/i, "el.setAttribute('onclick', text)"],
  [/javascript:/i, "a.href = 'javascript:void 0'"],
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

  it.each(
    SINKS.map(([sink, line]) => [String(sink), sink, line] as const),
  )('knows %s when it sees it', (_, sink, line) => {
    expect(sink.test(line)).toBe(true);
  });

  it('never turns a string into markup or code', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return SINKS.filter(([sink]) => sink.test(text)).map(([sink]) => `${relative(ROOT, file)}: ${sink}`);
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
