import { describe, expect, it } from 'vitest';
import { STRAVA_SELECTORS } from '../../../src/sites/strava/selectors';
import { parseStravaStartTime } from '../../../src/sites/strava/start-time';
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
/** Indoor activities of non-subscribers, and a page with only its summary: no tab bar at all. */
const WITHOUT_TABS = ['run-fast-metric-fr.html', 'treadmill-run-en.html'];

describe('Strava selectors, counted on the fixture pages (in the shapes of the captured pages)', () => {
  it.each(RENDERED.map((page) => [page.file, page] as const))('%s', (file, page) => {
    const doc = fixtureDocument('strava', page.file);
    const id = page.url.split('/').pop() ?? '';
    const summary = doc.querySelector(STRAVA_SELECTORS.summary);
    expect(doc.querySelectorAll(STRAVA_SELECTORS.summary)).toHaveLength(1);
    const stats = summary?.querySelectorAll(STRAVA_SELECTORS.headlineStats) ?? [];
    expect(stats.length).toBeGreaterThanOrEqual(2);
    expect(
      summary?.querySelectorAll(`${STRAVA_SELECTORS.headlineStats} ${STRAVA_SELECTORS.headlineLabel}`),
    ).toHaveLength(stats.length);
    // Runs show more stats as rows; a ride keeps an Avg/Max table.
    const moreStats = summary?.querySelectorAll(`${STRAVA_SELECTORS.moreStatsRows}, .more-stats tr`);
    expect(moreStats?.length).toBeGreaterThanOrEqual(1);
    // As on the live site: <time> has no datetime attribute, its text says when.
    const time = summary?.querySelector(STRAVA_SELECTORS.startTime);
    expect(time?.hasAttribute('datetime')).toBe(false);
    expect(parseStravaStartTime(time?.textContent ?? '')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

    if (WITHOUT_TABS.includes(file)) {
      expect(doc.querySelector(STRAVA_SELECTORS.tabBar)).toBeNull();
    } else {
      expect(doc.querySelector(STRAVA_SELECTORS.ownTabs(id))).not.toBeNull();
      expect(doc.querySelector(`${STRAVA_SELECTORS.tabBar} a[data-menu]`)).not.toBeNull();
    }
    // Other activities the page links to are not taken for this page.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="/activities/"]')) {
      const linked = /^\/activities\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1];
      if (linked && linked !== id) expect(doc.querySelector(STRAVA_SELECTORS.ownTabs(linked))).toBeNull();
    }
  });

  it('has pages both with and without a tab bar', () => {
    for (const file of WITHOUT_TABS) expect(RENDERED.some((page) => page.file === file)).toBe(true);
    expect(RENDERED.length - WITHOUT_TABS.length).toBeGreaterThan(10);
  });
});
