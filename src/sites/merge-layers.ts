import type { FactField, FactSource, FactSources, RunFacts } from '../run/run-facts';

export type ReadFacts = Partial<Pick<RunFacts, FactField>>;

/** What one way of reading a page gave. */
export interface Layer {
  source: FactSource;
  facts: ReadFacts;
}

/**
 * Field by field, the value of the first layer that has one (layers come best first), and
 * which layer that was. A field no layer could read stays absent.
 */
export function mergeLayers(layers: readonly Layer[]): { facts: ReadFacts; sources: FactSources } {
  const facts: Record<string, unknown> = {};
  const sources: FactSources = {};
  for (const { source, facts: layerFacts } of layers) {
    for (const [field, value] of Object.entries(layerFacts) as [FactField, unknown][]) {
      if (value === undefined || field in facts) continue;
      facts[field] = value;
      sources[field] = source;
    }
  }
  return { facts: facts as ReadFacts, sources };
}
