import type { BridgeReport } from '../bridge/protocol';
import type { SiteDefinition } from './site';

/** A site's part of the page bridge: it runs in the page's own world and posts what it sees. */
export type SiteBridge = (win: Window & typeof globalThis, post: (report: BridgeReport) => void) => void;

/** A bridge with the site it serves: a bridge script knows only the sites it carries. */
export interface SiteBridgeEntry {
  site: SiteDefinition;
  bridge: SiteBridge;
}
