import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const FIREFOX_EXTENSION_ID = 'backstride@backstride.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstride',
    description:
      'Upper-back-pain prevention tips that fit the run you are looking at on Strava. Everything stays in your browser.',
    permissions: ['storage', 'scripting'],
    action: { default_title: 'Backstride' },
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
