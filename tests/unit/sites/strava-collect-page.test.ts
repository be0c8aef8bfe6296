import { describe, expect, it } from 'vitest';
import { collectStravaPage } from '../../../src/sites/strava/collect-page';
import { fixtureDocument } from '../../fixtures/fixture-files';
import { stravaPage } from '../../fixtures/strava/pages';

const pageView = (id: number) => `pageView = new Strava.Labs.Activities.Pages.RunPageView(${id}, 'Run', factory);`;

function documentWithScripts(...texts: string[]): Document {
  const doc = document.implementation.createHTMLDocument('x');
  replaceScripts(doc, ...texts);
  return doc;
}

function replaceScripts(doc: Document, ...texts: string[]) {
  for (const script of doc.querySelectorAll('script')) script.remove();
  for (const text of texts) {
    const script = doc.createElement('script');
    script.textContent = text;
    doc.body.append(script);
  }
}

describe('collectStravaPage: what the reader takes from the page, uninterpreted', () => {
  it('takes only the inline scripts that can build a page view, set its stats or name the unit choice', () => {
    const doc = documentWithScripts(
      'window.dataLayer = window.dataLayer || [];',
      pageView(12000000001),
      'pageView.activity().set({ distance: 21100.0 });',
      'window._measurement_preference = "meters";',
    );
    expect(collectStravaPage(doc, '12000000001', {}).scripts).toEqual([
      pageView(12000000001),
      'pageView.activity().set({ distance: 21100.0 });',
      'window._measurement_preference = "meters";',
    ]);
  });

  it('takes the new page’s scripts after an in-page move brings as many as it took away', () => {
    const doc = documentWithScripts(pageView(12000000001));
    expect(collectStravaPage(doc, '12000000002', {}).scripts).toEqual([pageView(12000000001)]);
    replaceScripts(doc, pageView(12000000002));
    expect(collectStravaPage(doc, '12000000002', {}).scripts).toEqual([pageView(12000000002)]);
  });

  it('takes the summary’s labelled stats as text, with the unit each names, and nothing of another activity’s', () => {
    const page = stravaPage('run-long-metric-en.html');
    const doc = fixtureDocument('strava', page.file);
    const reading = collectStravaPage(doc, '12000000001', {});
    expect(reading.text?.summary?.stats).toContainEqual(
      expect.objectContaining({ label: expect.stringContaining('Distance'), unit: expect.any(Object) }),
    );
    // After an in-page move, the summary still on screen and the title then are the old activity's.
    const stale = { staleSummary: doc.querySelector('.activity-summary-container'), staleTitle: doc.title };
    const moved = collectStravaPage(doc, '12000000099', stale);
    expect(moved.text).toBeUndefined();
    expect(moved.title).toBeUndefined();
  });
});
