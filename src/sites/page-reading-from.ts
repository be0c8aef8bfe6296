import { type BridgeValue, bridgeFieldsFrom } from '../bridge/protocol';
import { isPlainObject } from '../plain-object';
import { SITE_BY_ID } from './all-sites';
import { type PageReading, READING_BOUNDS, type StravaPageReading, type StravaStatCell } from './page-reading';

/**
 * A page reading as the background takes it from a reader: each part of the exact shape and
 * within bounds, any other part left out, as if the page had not shown it. Null when it is
 * not a reading of `site`'s pages at all.
 */
export function pageReadingFrom(value: unknown, site: PageReading['site']): PageReading | null {
  if (!isPlainObject(value) || value.site !== site) return null;
  const fields = (raw: unknown) => fieldsOf(raw, SITE_BY_ID[site].bridgeFields);
  if (site === 'garmin-connect') return { site, app: fields(value.app), page: fields(value.page) };
  const reading: StravaPageReading = {
    site,
    model: fields(value.model),
    scripts: scriptsOf(value.scripts),
    lang: textOf(value.lang),
    title: textOf(value.title),
  };
  if (isPlainObject(value.text)) {
    const { heading, summary } = value.text;
    reading.text = { heading: textOf(heading) ?? '', summary: isPlainObject(summary) ? summaryOf(summary) : undefined };
  }
  return reading;
}

function summaryOf(summary: Record<string, unknown>) {
  const stats = Array.isArray(summary.stats) ? summary.stats.slice(0, READING_BOUNDS.stats) : [];
  return {
    stats: stats.map(statOf).filter((stat) => stat !== undefined),
    gear: textOf(summary.gear),
    startTime: textOf(summary.startTime) ?? '',
  };
}

function statOf(value: unknown): StravaStatCell | undefined {
  if (!isPlainObject(value)) return undefined;
  const label = textOf(value.label);
  const shown = textOf(value.value);
  if (label === undefined || shown === undefined) return undefined;
  const unit = isPlainObject(value.unit) ? value.unit : undefined;
  const title = textOf(unit?.title);
  const text = textOf(unit?.text);
  return { label, value: shown, unit: title !== undefined && text !== undefined ? { title, text } : undefined };
}

function scriptsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .slice(0, READING_BOUNDS.scripts)
    .filter((script): script is string => typeof script === 'string' && script.length <= READING_BOUNDS.scriptLength);
}

function fieldsOf(value: unknown, allowed: readonly string[]): Record<string, BridgeValue> | undefined {
  return value === undefined ? undefined : (bridgeFieldsFrom(value, allowed) ?? undefined);
}

const textOf = (value: unknown) =>
  typeof value === 'string' && value.length <= READING_BOUNDS.text ? value : undefined;
