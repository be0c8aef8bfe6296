import { isPlainObject } from '../plain-object';
import { isActivityId, type SiteId } from '../run/run-facts';
import type { SiteDefinition } from '../sites/site';

/**
 * The page bridge runs in the page's own JavaScript world and tells the reader, over
 * `window.postMessage`, what the page's data model or its own network responses say. Any
 * page script can post the same messages, so everything that arrives is untrusted: only
 * plain values under known keys, for the activity being read, are ever accepted.
 */
export const BRIDGE_SOURCE = 'backstride-bridge';
export const READER_SOURCE = 'backstride-reader';
const PROTOCOL_VERSION = 1;

export type BridgeValue = string | number | boolean;

export interface BridgeReport {
  site: SiteId;
  activityId: string;
  fields: Record<string, BridgeValue>;
}

/** The reader asks the bridge to read the page model for an activity (after in-page navigation). */
export interface PageModelRequest {
  source: typeof READER_SOURCE;
  kind: 'read-page-model';
  activityId: string;
}

const MAX_STRING_LENGTH = 64;

export function bridgeMessage(report: BridgeReport): BridgeReport & { source: string; version: number } {
  return { source: BRIDGE_SOURCE, version: PROTOCOL_VERSION, ...report };
}

/**
 * A bridge report when `data` is exactly one, for one of `sites` and with only that site's
 * fields, else null. Never throws, whatever it is given.
 */
export function parseBridgeMessage(data: unknown, sites: readonly SiteDefinition[]): BridgeReport | null {
  try {
    if (!isPlainObject(data) || data.source !== BRIDGE_SOURCE || data.version !== PROTOCOL_VERSION) return null;
    const { site, activityId, fields } = data;
    const allowed = sites.find((known) => known.id === site)?.bridgeFields;
    if (allowed === undefined) return null;
    if (!isActivityId(activityId)) return null;
    const accepted = bridgeFieldsFrom(fields, allowed);
    return accepted === null ? null : { site: site as SiteId, activityId, fields: accepted };
  } catch {
    return null;
  }
}

/** `fields` when it holds only plain values under `allowed` keys, else null. */
export function bridgeFieldsFrom(fields: unknown, allowed: readonly string[]): Record<string, BridgeValue> | null {
  if (!isPlainObject(fields)) return null;
  const accepted: Record<string, BridgeValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!allowed.includes(key) || !isBridgeValue(value)) return null;
    accepted[key] = value;
  }
  return accepted;
}

export function isPageModelRequest(data: unknown): data is PageModelRequest {
  return (
    isPlainObject(data) &&
    data.source === READER_SOURCE &&
    data.kind === 'read-page-model' &&
    isActivityId(data.activityId)
  );
}

/** Picks the allowed plain values out of an object the page made, by dotted path. */
export function pickFields(from: unknown, paths: readonly string[]): Record<string, BridgeValue> {
  const picked: Record<string, BridgeValue> = {};
  for (const path of paths) {
    let value: unknown = from;
    for (const key of path.split('.')) value = isPlainObject(value) ? value[key] : undefined;
    if (isBridgeValue(value)) picked[path] = value;
  }
  return picked;
}

function isBridgeValue(value: unknown): value is BridgeValue {
  if (typeof value === 'string') return value.length <= MAX_STRING_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'boolean';
}
