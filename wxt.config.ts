import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripJsonNotes } from './utils/build/strip-json-notes';
import { EXTENSION_PUBLIC_KEY, FIREFOX_EXTENSION_ID } from './utils/extension-identity';
import { SITE_MATCHES } from './utils/sites';

/** Store builds (npm run zip) leave out what only unpacked, demo and test builds need. */
const storeBuild = process.env.TWIJFELCHECK_STORE === '1';

/** Local pages the demo and the e2e fixtures are served from; unpacked builds only. */
const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  // Store builds go to their own folder, so they never replace the unpacked build the demo loads.
  outDir: storeBuild ? '.output/store' : '.output',
  vite: () => ({ plugins: [preact(), stripJsonNotes()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // scripting and the sites' hosts: the background injects the engine into a tab when someone writes
    // there (utils/engine-handle.ts). The hosts are those the content script already runs on.
    permissions: ['storage', 'scripting'],
    host_permissions: [...SITE_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The school's policy is read from the managed storage area; Chrome needs the schema for it.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (storeBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_MATCHES];
      // `key` is Chrome-only; Firefox pins its ID through browser_specific_settings.
      if (wxt.config.browser !== 'firefox') manifest.key = EXTENSION_PUBLIC_KEY;
    },
  },
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', '**/*.pem', '**/*.key'],
  },
});
