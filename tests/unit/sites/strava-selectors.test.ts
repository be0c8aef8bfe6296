import { describe, expect, it } from 'vitest';
import { STRAVA_SELECTORS } from '../../../src/sites/strava';
import { fixtureDocument } from '../../fixtures/fixture-files';
import { STRAVA_PAGES } from '../../fixtures/strava/pages';

/** Pages that render the activity summary as first loaded (not the model-only, late or changed ones). */
const NOT_RENDERED = [
  'run-model-only-metric-en.html',
  'run-long-late-render-en.html',
  'run-long-late-render-dom-only-en.html',
  'layout-changed-en.html',
];
const RENDERED = STRAVA_PAGES.filter((page) => !NOT_RENDERED.includes(page.file));

describe('Strava selectors, counted on the saved pages', () => {
  it.each(RENDERED.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const doc = fixtureDocument('strava', page.file);
    const id = page.url.split('/').pop() ?? '';
    expect(doc.querySelectorAll(STRAVA_SELECTORS.summary)).toHaveLength(1);
    expect(doc.querySelectorAll(STRAVA_SELECTORS.headlineStats).length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelectorAll(`${STRAVA_SELECTORS.headlineStats} ${STRAVA_SELECTORS.headlineLabel}`).length).toBe(
      doc.querySelectorAll(STRAVA_SELECTORS.headlineStats).length,
    );
    expect(doc.querySelectorAll(STRAVA_SELECTORS.moreStatsTableRows).length).toBeGreaterThanOrEqual(1);
    expect(doc.querySelector(STRAVA_SELECTORS.ownTabs(id))).not.toBeNull();
    // Other activities the page links to are not taken for this page.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="/activities/"]')) {
      const linked = /^\/activities\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1];
      if (linked && linked !== id) expect(doc.querySelector(STRAVA_SELECTORS.ownTabs(linked))).toBeNull();
    }
    expect(doc.querySelectorAll(STRAVA_SELECTORS.startTime)).toHaveLength(1);
  });
});
