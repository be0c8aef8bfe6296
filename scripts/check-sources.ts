// Rebuilds the Firefox add-on from the sources zip `npm run zip` made, the way a store
// reviewer would, and checks the result is the same add-on, file for file. Run after
// `npm run zip`. Uses the project's installed dependencies (the zip holds package-lock.json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const output = join(root, '.output');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// This version's zip, not one an older build left beside it.
const sourcesZip = `${name}-${version}-sources.zip`;
if (!readdirSync(output).includes(sourcesZip)) throw new Error(`No ${sourcesZip} in .output: run "npm run zip" first.`);

const work = mkdtempSync(join(tmpdir(), 'backstride-sources-'));
try {
  execFileSync('unzip', ['-q', join(output, sourcesZip), '-d', work]);
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: work, stdio: 'ignore' });

  const expected = filesOf(join(output, 'firefox-mv2'));
  const rebuilt = filesOf(join(work, '.output', 'firefox-mv2'));
  const names = [...new Set([...expected.keys(), ...rebuilt.keys()])].sort();
  const different = names.filter((name) => !expected.get(name)?.equals(rebuilt.get(name) ?? Buffer.alloc(0)));
  console.log(
    `Rebuilt ${rebuilt.size} files from ${sourcesZip}; ${names.length - different.length} of ${names.length} identical.`,
  );
  for (const name of different) console.error(`  differs: ${name}`);
  process.exitCode = different.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function filesOf(dir: string, base = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [key, value] of filesOf(path, base)) files.set(key, value);
    else files.set(relative(base, path), readFileSync(path));
  }
  return files;
}
