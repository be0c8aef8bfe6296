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
        gecko: {
          id: FIREFOX_EXTENSION_ID,
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
