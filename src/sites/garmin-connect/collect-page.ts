import type { BridgeValue } from '../../bridge/protocol';
import type { PageCollector, ReadContext } from '../collector';
import type { GarminPageReading } from '../page-reading';
import { nextActivityData } from './next-data';
import { garminConnectSite } from './site';

/**
 * Garmin Connect is a single-page app that loads each activity as JSON with the runner's own
 * session. The page bridge sees that JSON as the app receives it; public pages carry the same
 * object in their own HTML. Nothing is ever requested by us. The background reads both (see
 * `./reader`).
 */
export const garminConnectCollector: PageCollector = {
  site: garminConnectSite,
  summaryElement: () => null,
  collect: collectGarminPage,
};

function collectGarminPage(doc: Document, activityId: string, { bridge }: ReadContext): GarminPageReading {
  return {
    site: 'garmin-connect',
    app: bridge?.site === 'garmin-connect' && bridge.activityId === activityId ? bridge.fields : undefined,
    page: pageFields(doc, activityId),
  };
}

/** The page's own copy, when it carries this activity (its id must match the URL's). */
function pageFields(doc: Document, activityId: string): Record<string, BridgeValue> | undefined {
  const fields = nextActivityData(doc);
  return String(fields.activityId) === activityId ? fields : undefined;
}
