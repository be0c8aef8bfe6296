import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites/all-sites';
import { DOCUMENT_START_SITE_BRIDGES } from '../../../src/sites/document-start-bridges';
import { RUNTIME_SITE_BRIDGES } from '../../../src/sites/runtime-bridges';

const sitesOf = (bridges: typeof RUNTIME_SITE_BRIDGES) => bridges.map(({ site }) => site.id);

describe('the page bridges, one script per start', () => {
  it('has each site’s bridge in the script its site starts it from, and in no other', () => {
    expect(sitesOf(RUNTIME_SITE_BRIDGES)).toEqual(
      SITES.filter((site) => site.bridgeStart === 'runtime').map((site) => site.id),
    );
    expect(sitesOf(DOCUMENT_START_SITE_BRIDGES)).toEqual(
      SITES.filter((site) => site.bridgeStart === 'document-start').map((site) => site.id),
    );
  });
});
