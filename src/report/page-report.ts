import { FACT_FIELDS, type RunFacts, SITE_NAMES, type SiteId } from '../run/run-facts';
import { SITE_BY_ID } from '../sites/all-sites';
import { browserOf } from './browser-of';
import { readingFailed } from './reading-failed';
import { LAYERS, parseReadingTrace, type ReadingTrace } from './reading-trace';
import { urlPattern } from './url-pattern';

export interface PageReportInput {
  /** The activity page's address: only its pattern goes into the report. */
  url: string;
  site?: SiteId;
  run: RunFacts | null;
  trace?: ReadingTrace;
  /** The extension's version, from its manifest. */
  version: string;
  userAgent: string;
}

const VERSION = /^\d{1,5}(?:\.\d{1,5}){0,3}$/;

/**
 * The text a runner copies into a bug report about a page Backstride could not read: what
 * was tried and what matched, by our own names only — never a value from the page, a name,
 * a place or an id. It stays in English whatever the browser's language: it is for the
 * developers, who must read every report alike.
 */
export function composePageReport(input: PageReportInput): string {
  const { url, site, run, version, userAgent } = input;
  // Parsed again: whatever reaches this text must be names from our own vocabulary.
  const trace = input.trace === undefined ? undefined : parseReadingTrace(input.trace);
  const siteId = run?.site ?? site;
  const lines = [
    'Backstride page report',
    `Version: ${VERSION.test(version) ? version : 'unknown'}`,
    `Browser: ${browserOf(userAgent)}`,
    `Site: ${siteId === undefined || !(siteId in SITE_NAMES) ? 'unknown' : SITE_NAMES[siteId]}`,
    `Page: ${urlPattern(url)}`,
    `Problem: ${problemOf(run)}`,
    `Fields read: ${listOf(fieldsRead(run))}`,
  ];
  if (trace === undefined) {
    lines.push('Reading trace: none');
  } else {
    const checks = Object.entries(trace.checks);
    lines.push(
      `Layers with values: ${listOf(trace.layers)}`,
      `Checks matched: ${listOf(checks.filter(([, matched]) => matched).map(([name]) => name))}`,
      `Checks not matched: ${listOf(checks.filter(([, matched]) => !matched).map(([name]) => name))}`,
      // Only names from the site's own allow-list: nothing the page made up can pass as one.
      `Model attributes present: ${listOf(trace.attributes.filter((name) => allowedAttribute(siteId, name)))}`,
    );
  }
  return lines.join('\n');
}

function problemOf(run: RunFacts | null): string {
  if (!readingFailed(run)) return 'none';
  if (run === null) return 'nothing could be read';
  if (run.sources?.sport === undefined) return 'the sport was not read';
  return 'the distance was not read';
}

/** "sport (page-model)": the names of the fields that have a value, and where each came from. */
function fieldsRead(run: RunFacts | null): string[] {
  if (run === null) return [];
  return FACT_FIELDS.filter((field) => run[field] !== undefined).map((field) => {
    const source = run.sources?.[field];
    return source !== undefined && LAYERS.includes(source) ? `${field} (${source})` : field;
  });
}

function allowedAttribute(site: SiteId | undefined, name: string): boolean {
  return site !== undefined && site in SITE_BY_ID && SITE_BY_ID[site].bridgeFields.includes(name);
}

const listOf = (names: readonly string[]) => (names.length === 0 ? 'none' : names.join(', '));
