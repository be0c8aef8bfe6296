import { afterEach, describe, expect, it } from 'vitest';
import { runPageChecks } from '../../../src/report/run-page-checks';
import { PAGE_CHECKS } from '../../../src/sites/page-checks';
import { fixtureHtml } from '../../fixtures/fixture-files';
import { GARMIN_EMBED } from '../../fixtures/garmin-connect/payloads';

/** The fixture page as the document the checks run in (its scripts as text, not run). */
function showPage(site: string, file: string) {
  const parsed = new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

afterEach(() => document.body.replaceChildren());

describe('runPageChecks: what an unreadable page had, by our own names', () => {
  it('finds the summary, the stats, the tabs and the scripts of a Strava page in the real shape', () => {
    showPage('strava', 'run-long-metric-en.html');
    expect(runPageChecks(PAGE_CHECKS.strava, '12000000001')).toEqual({
      summary: true,
      'summary-time': true,
      'inline-stats': true,
      'stat-label': true,
      'more-stats': true,
      weather: true,
      gear: true,
      heading: true,
      'tab-bar': true,
      'own-tabs': true,
      'page-view-script': true,
      'page-view-other-activity': false,
      'stats-set-script': true,
      'unit-choice-script': true,
    });
  });

  it('says when the scripts and tabs on screen are another activity’s', () => {
    showPage('strava', 'run-long-metric-en.html');
    const checks = runPageChecks(PAGE_CHECKS.strava, '12000000099');
    expect(checks).toMatchObject({ 'own-tabs': false, 'page-view-script': false, 'page-view-other-activity': true });
  });

  it('finds none of it on a page whose layout changed', () => {
    showPage('strava', 'layout-changed-en.html');
    const checks = runPageChecks(PAGE_CHECKS.strava, '12000000019');
    expect(Object.entries(checks).filter(([, matched]) => matched)).toEqual([]);
  });

  it('finds the streamed Next.js data of a public Garmin Connect page', () => {
    showPage('garmin-connect', GARMIN_EMBED.file);
    expect(runPageChecks(PAGE_CHECKS['garmin-connect'], '20000000001')).toEqual({
      'app-root': true,
      'next-data-chunks': true,
      'next-activity-data': true,
    });
  });

  it('reports a check that cannot run as not matched, and never throws', () => {
    showPage('strava', 'run-long-metric-en.html');
    const broken = { selectors: { bad: 'a[[[' }, scripts: { worse: '(' } };
    expect(runPageChecks(broken, '1')).toEqual({ bad: false, worse: false });
  });
});
