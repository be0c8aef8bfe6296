import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, builtExtension } from './support/builds';

const manifestOf = (build: string) =>
  JSON.parse(readFileSync(join(builtExtension(build as never), 'manifest.json'), 'utf8'));

// Garmin Connect's app of today (/app/) and of before 2025 (/modern/), nothing else of its host.
const GARMIN_APP = ['https://connect.garmin.com/app/*', 'https://connect.garmin.com/modern/*'];
const HOSTS = [...GARMIN_APP, 'https://www.strava.com/*'];
// Strava's My Activities, where the runner's own list of activities loads.
const STRAVA_MY_ACTIVITIES = 'https://www.strava.com/athlete/training*';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The built manifests ask for exactly this much, and no more. */
describe('the built manifests', () => {
  it('Chrome MV3: storage, scripting, sidePanel, three host patterns, nothing web-accessible, a strict CSP', () => {
    const manifest = manifestOf(BUILDS.chrome);
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['scripting', 'sidePanel', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(HOSTS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
    // Only the page bridges that must see what the site's own app loads, and each site's small
    // listener for the runner's activity lists; the readers and the panel are injected on demand.
    expect(manifest.content_scripts).toEqual([
      {
        matches: GARMIN_APP,
        run_at: 'document_start',
        world: 'MAIN',
        js: ['content-scripts/garmin-bridge.js'],
      },
      {
        matches: GARMIN_APP,
        run_at: 'document_start',
        js: ['content-scripts/garmin-connect-list-reader.js'],
      },
      {
        matches: [STRAVA_MY_ACTIVITIES],
        run_at: 'document_start',
        world: 'MAIN',
        js: ['content-scripts/strava-list-bridge.js'],
      },
      {
        matches: [STRAVA_MY_ACTIVITIES],
        run_at: 'document_start',
        js: ['content-scripts/strava-list-reader.js'],
      },
    ]);
  });

  it('Firefox MV2: the same, with hosts among the permissions, and the add-on settings stores require', () => {
    const manifest = manifestOf(BUILDS.firefoxMv2);
    expect(manifest.manifest_version).toBe(2);
    expect([...manifest.permissions].sort()).toEqual([...HOSTS, 'scripting', 'storage'].sort());
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBe(CSP);
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'backstride@backstride.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.sidebar_action.open_at_install).toBe(false);
  });

  it('Firefox MV3: the same permissions as Chrome but the side panel', () => {
    const manifest = manifestOf(BUILDS.firefoxMv3);
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual(HOSTS);
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it.each(Object.values(BUILDS))('%s takes its version from package.json alone', (build) => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    expect(manifestOf(build).version).toBe(pkg.version);
  });
});
