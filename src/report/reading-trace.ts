import type { FactSource } from '../run/run-facts';

/**
 * How the reader went about a page it could not read: which of the site's named checks
 * matched, which layers gave anything, and the names (never the values) of the attributes
 * the page's own data carried. It holds our own words only, so it is safe to show the
 * runner and to paste into a bug report.
 */
export interface ReadingTrace {
  /** The site's named checks on the page ("summary", "inline-stats", "page-view-script"…) and whether each matched. */
  checks: Record<string, boolean>;
  /** The layers that gave at least one value. */
  layers: FactSource[];
  /** Names of the attributes the page model or the site's JSON carried (from our allow-list). */
  attributes: string[];
}

const CHECK_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,63}$/;
/** Every layer a value can come from, best first. */
export const LAYERS: readonly FactSource[] = ['page-model', 'site-data', 'page-script', 'page-text'];
const MAX_ENTRIES = 64;

/** A trace when `value` is one of the exact shape (names only, bounded), else undefined. */
export function parseReadingTrace(value: unknown): ReadingTrace | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { checks, layers, attributes } = value as Record<string, unknown>;
  if (typeof checks !== 'object' || checks === null || Array.isArray(checks)) return undefined;
  const checkEntries = Object.entries(checks);
  if (checkEntries.length > MAX_ENTRIES) return undefined;
  if (!checkEntries.every(([name, matched]) => CHECK_NAME.test(name) && typeof matched === 'boolean')) return undefined;
  if (!Array.isArray(layers) || !layers.every((layer) => LAYERS.includes(layer))) return undefined;
  if (!Array.isArray(attributes) || attributes.length > MAX_ENTRIES) return undefined;
  if (!attributes.every((name) => typeof name === 'string' && ATTRIBUTE_NAME.test(name))) return undefined;
  return {
    checks: Object.fromEntries(checkEntries) as Record<string, boolean>,
    layers: [...new Set(layers as FactSource[])],
    attributes: [...new Set(attributes as string[])],
  };
}
