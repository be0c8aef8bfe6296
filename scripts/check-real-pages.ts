// Runs the readers on every captured page and payload in ../shared/real-pages and compares
// what they read with scripts/real-pages/expected.ts. A mismatch, or a captured file with no
// expectation, fails. Where the folder is absent (a clone outside CI) it says so and passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { pickFields } from '../src/bridge/protocol';
import { parseExportFile } from '../src/history/import/export-file';
import type { ListedRun } from '../src/history/listed-runs';
import { isRun, type RunFacts } from '../src/run/run-facts';
import { listedRunsFromGarminList } from '../src/sites/garmin-connect/activity-list';
import { GARMIN_ACTIVITY_FIELDS } from '../src/sites/garmin-connect/site';
import { readRun } from '../src/sites/read-run';
import { listedRunsFromStravaTraining } from '../src/sites/strava/activity-list';
import { collectStravaPage } from '../src/sites/strava/collect-page';
import { readInlineScripts } from '../src/sites/strava/inline-scripts';
import { REAL_PAGE_EXPECTATIONS, type RealPageExpectation } from './real-pages/expected';

const folder = resolve(process.env.REAL_PAGES_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'real-pages'));
if (!existsSync(folder)) {
  console.log(`No captured pages at ${folder}: nothing to check here (CI has them beside the clone).`);
  process.exit(0);
}

const window = new Window({ url: 'https://www.strava.com/' });
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

interface Row {
  file: string;
  read: string;
  expected: string;
  ok: boolean;
}

const rows: Row[] = [];
const files = readdirSync(folder)
  .filter((file) => file !== 'README.md' && !file.endsWith('.source.txt'))
  .sort();
for (const file of files) {
  const expectation = REAL_PAGE_EXPECTATIONS[file];
  if (!expectation) {
    rows.push({ file, read: '—', expected: 'no expectation: add one to scripts/real-pages/expected.ts', ok: false });
    continue;
  }
  rows.push(check(file, readFileSync(join(folder, file), 'utf8'), expectation));
}

function check(file: string, text: string, expectation: RealPageExpectation): Row {
  if ('runs' in expectation) return checkHistory(file, text, expectation);
  const problems: string[] = [];
  let run: RunFacts | null;
  let attributes: Record<string, unknown> = {};
  if (expectation.kind === 'garmin-activity-json') {
    const json: unknown = JSON.parse(text);
    const activityId = new URL(expectation.url).pathname.split('/').pop() ?? '';
    const bridge = { site: 'garmin-connect' as const, activityId, fields: pickFields(json, GARMIN_ACTIVITY_FIELDS) };
    run = readRun(parse('<!DOCTYPE html><title>Garmin Connect</title>'), expectation.url, bridge);
    if (run && isRun(run) !== expectation.isRun)
      problems.push(expectation.isRun ? 'not read as a run' : 'read as a run');
  } else {
    const html = expectation.kind === 'strava-script' ? `<!DOCTYPE html><script>${text}</script>` : text;
    const doc = parse(html);
    run = readRun(doc, expectation.url);
    const activityId = new URL(expectation.url).pathname.split('/')[2] ?? '';
    attributes = readInlineScripts(collectStravaPage(doc, activityId, {}).scripts ?? [], activityId).attributes;
    for (const [name, value] of Object.entries(expectation.scriptAttributes ?? {})) {
      if (attributes[name] !== value) problems.push(`script ${name}: ${show(attributes[name])} ≠ ${show(value)}`);
    }
    for (const field of expectation.absent ?? []) {
      if (run && run[field] !== undefined) problems.push(`${field} read (${show(run[field])}) but not on the page`);
    }
  }
  for (const [field, value] of Object.entries(expectation.facts)) {
    const got = run?.[field as keyof RunFacts];
    const same = typeof value === 'number' && typeof got === 'number' ? Math.abs(got - value) < 0.01 : got === value;
    if (!same) problems.push(`${field}: ${show(got)} ≠ ${show(value)}`);
  }
  const read = run
    ? Object.entries(run)
        .filter(([field]) => !['site', 'activityId', 'sources'].includes(field))
        .filter(([field]) => run?.sources?.[field as keyof typeof run.sources] !== undefined)
        .map(([field, value]) => `${field}=${show(value)} (${run?.sources?.[field as keyof typeof run.sources]})`)
    : ['nothing'];
  const scriptNames = Object.keys(
    expectation.kind === 'garmin-activity-json' ? {} : (expectation.scriptAttributes ?? {}),
  );
  if (scriptNames.length > 0)
    read.push(`script: ${scriptNames.map((name) => `${name}=${show(attributes[name])}`).join(', ')}`);
  const expected = Object.entries(expectation.facts).map(([field, value]) => `${field}=${show(value)}`);
  return {
    file,
    read: read.join('; '),
    expected: problems.length ? problems.join('; ') : expected.join(', '),
    ok: problems.length === 0,
  };
}

/** An activity list or an export file: how many runs it gives, the first as it must be, the rows it skips. */
function checkHistory(file: string, text: string, expectation: Extract<RealPageExpectation, { runs: number }>): Row {
  let runs: ListedRun[];
  const skipped: Record<string, number> = {};
  if (expectation.kind === 'strava-list') runs = listedRunsFromStravaTraining(JSON.parse(text));
  else if (expectation.kind === 'garmin-list') runs = listedRunsFromGarminList(JSON.parse(text));
  else {
    const preview = parseExportFile(text, file);
    if (!preview.ok)
      return { file, read: `refused: ${preview.problem}`, expected: `${expectation.runs} runs`, ok: false };
    runs = preview.runs;
    for (const row of preview.skipped) skipped[row.reason] = (skipped[row.reason] ?? 0) + 1;
  }
  const problems: string[] = [];
  if (runs.length !== expectation.runs) problems.push(`${runs.length} runs ≠ ${expectation.runs}`);
  for (const [field, value] of Object.entries(expectation.first ?? {})) {
    const got = runs[0]?.[field as keyof ListedRun];
    const same = typeof value === 'number' && typeof got === 'number' ? Math.abs(got - value) < 0.01 : got === value;
    if (!same) problems.push(`first ${field}: ${show(got)} ≠ ${show(value)}`);
  }
  if (expectation.skipped && JSON.stringify(skipped) !== JSON.stringify(expectation.skipped))
    problems.push(`skipped ${show(skipped)} ≠ ${show(expectation.skipped)}`);
  const first = runs[0]
    ? Object.entries(runs[0])
        .map(([field, value]) => `${field}=${show(value)}`)
        .join(', ')
    : '';
  const read = `${runs.length} runs${first ? ` (first: ${first})` : ''}${Object.keys(skipped).length ? `; skipped ${show(skipped)}` : ''}`;
  return {
    file,
    read,
    expected: problems.length ? problems.join('; ') : `${expectation.runs} runs`,
    ok: problems.length === 0,
  };
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);
}

console.log(`Readers on the captured pages in ${folder}\n`);
console.log('| file | read (source) | expected | |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.file} | ${row.read} | ${row.expected} | ${row.ok ? 'ok' : 'MISMATCH'} |`);
const failed = rows.filter((row) => !row.ok).length;
console.log(`\n${rows.length - failed} of ${rows.length} files as expected.`);
await window.happyDOM.close();
process.exitCode = failed === 0 ? 0 : 1;
