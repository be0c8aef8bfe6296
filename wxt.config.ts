import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const FIREFOX_EXTENSION_ID = 'backstride@backstride.app';

/**
 * Our pages run only our own bundled scripts and styles, talk to no server (connect-src
 * 'none': no request of ours can leave), and cannot be framed or load plugins.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Content scripts, which go into the runner's pages, use the browser's own promise-based
 * API (Chrome MV3 and Firefox both have one) rather than carry the webextension-polyfill
 * (10 KB to parse) into every page. The background and the extension's pages keep it.
 */
const NATIVE_API_ENTRYPOINTS = new Set([
  'strava-reader',
  'garmin-connect-reader',
  'strava-list-reader',
  'garmin-connect-list-reader',
  'panel',
]);
const NATIVE_BROWSER_MODULE = createRequire(import.meta.url).resolve('@wxt-dev/browser');

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => NATIVE_API_ENTRYPOINTS.has(entrypoint.name))) return;
      const resolve = viteConfig.resolve ?? {};
      const existing = Array.isArray(resolve.alias)
        ? resolve.alias
        : Object.entries(resolve.alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      // First match wins: this comes before the polyfill module's alias.
      resolve.alias = [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER_MODULE }, ...existing];
      viteConfig.resolve = resolve;
    },
    // WXT titles the toolbar button and the sidebar after their pages' <title>; the
    // manifest's own strings are localized instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_extName__';
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  zip: {
    // What a store reviewer needs to rebuild the add-on: the code, not our screenshots or scratch.
    excludeSources: ['docs/**', 'demo-screenshots/**', 'bench-results/**', '.tmp/**'],
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    // WXT writes it as MV2's plain string where needed. Dev mode keeps WXT's own policy, which
    // lets in the dev server's scripts, reload socket and styles.
    ...(command === 'build' && { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // 140: the first release (an ESR) that knows data_collection_permissions; it also
        // runs MAIN-world content scripts, which need 128.
        gecko: {
          id: FIREFOX_EXTENSION_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
