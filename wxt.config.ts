import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FRANC_LANGUAGES } from './rules/english/franc-languages';
import { stripJsonNotes } from './utils/build/strip-json-notes';
import { trimFrancData } from './utils/build/trim-franc-data';
import { EXTENSION_PUBLIC_KEY, FIREFOX_EXTENSION_ID } from './utils/extension-identity';
import { SITE_MATCHES } from './utils/sites';
import { CORE_FILE, OCR_LANGUAGES, TRAINED_DATA_VARIANT } from './utils/ocr/config';
import { OCR_FOLDER } from './utils/ocr/extension-ocr';

const require = createRequire(import.meta.url);

/**
 * What Tesseract needs at run time, copied from node_modules into the extension's ocr/ folder (one folder:
 * the core finds its .wasm beside the worker): tesseract.js's worker, the SIMD LSTM core and the Dutch and
 * English trained data (licences in public/licenses/). Never fetched from anywhere.
 */
function ocrFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const folder = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return [
    { absoluteSrc: join(folder('tesseract.js'), 'dist/worker.min.js'), relativeDest: `${OCR_FOLDER}/worker.min.js` },
    { absoluteSrc: join(folder('tesseract.js-core'), CORE_FILE), relativeDest: `${OCR_FOLDER}/${CORE_FILE}` },
    { absoluteSrc: join(folder('tesseract.js-core'), CORE_FILE.replace(/\.js$/, '.wasm')), relativeDest: `${OCR_FOLDER}/${CORE_FILE.replace(/\.js$/, '.wasm')}` },
    ...OCR_LANGUAGES.map((language) => ({
      absoluteSrc: join(folder(`@tesseract.js-data/${language}`), TRAINED_DATA_VARIANT, `${language}.traineddata.gz`),
      relativeDest: `${OCR_FOLDER}/${language}.traineddata.gz`,
    })),
  ];
}

/** WebAssembly (the OCR core) in the extension's own pages; nothing else beyond the defaults. */
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/** Store builds (npm run zip) leave out what only unpacked, demo and test builds need. */
const storeBuild = process.env.TWIJFELCHECK_STORE === '1';

/** Local pages the demo and the e2e fixtures are served from; unpacked builds only. */
const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  // Store builds go to their own folder, so they never replace the unpacked build the demo loads.
  outDir: storeBuild ? '.output/store' : '.output',
  vite: () => ({ plugins: [preact(), stripJsonNotes(), trimFrancData(FRANC_LANGUAGES)] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // scripting and the sites' hosts: the background injects the engine into a tab when someone writes
    // there (utils/engine-handle.ts). The hosts are those the content script already runs on.
    // offscreen (Chrome): the document that reads text in attached images (utils/ocr/messages.ts).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...SITE_MATCHES],
    ...(browser === 'firefox'
      ? {
          content_security_policy: EXTENSION_CSP,
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_EXTENSION_ID,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The school's policy is read from the managed storage area; Chrome needs the schema for it.
        { storage: { managed_schema: 'managed-schema.json' }, content_security_policy: { extension_pages: EXTENSION_CSP } }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrFiles());
    },
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
