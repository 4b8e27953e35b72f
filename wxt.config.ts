import { defineConfig } from 'wxt';
import { esmPolyfill } from './scripts/esm-polyfill';
import { namePatternDefines } from './scripts/name-patterns';
import { gitSourceFiles } from './scripts/source-files';
import { quietContentScript } from './scripts/quiet-content-script';
import { testRegistry } from './scripts/test-registry-plugin';

// One config for Chrome (MV3) and Firefox (MV3). Permissions are the documented minimum:
// see README "Permissions"; tests/e2e/manifest.e2e.test.ts keeps the built manifest honest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // WXT defaults Firefox to MV2; we ship MV3 everywhere (one code path; Firefox 140+ is the floor anyway).
  manifestVersion: 3,
  // Real-browser test runs build into their own folder so parallel runs never share a half-written build.
  outDir: process.env.MEDGLANCE_OUT_DIR ?? '.output',
  // Sources zip (Firefox review) = the files a clone has; dotfiles too (.ci, lint and format config).
  zip: { includeSources: gitSourceFiles(import.meta.dirname), dotSources: true },
  vite: () => ({
    // The default names' regex patterns, built here once instead of in every frame (match-names.ts,
    // every-name.ts), from the registry this build bundles.
    define: namePatternDefines(process.env.MEDGLANCE_TEST_REGISTRY === '1'),
    plugins: [
      quietContentScript(),
      esmPolyfill(),
      ...(process.env.MEDGLANCE_TEST_REGISTRY === '1' ? [testRegistry()] : []),
    ],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      // Profiling switches (never in a release): source maps, and readable function names in CPU profiles.
      sourcemap: process.env.MEDGLANCE_SOURCEMAP === '1',
      ...(process.env.MEDGLANCE_NO_MINIFY === '1' ? { minify: false } : {}),
      // ASCII output: the minifier otherwise writes escapes like '\uffff' as
      // raw characters, and Chromium refuses a content script holding a Unicode noncharacter ("isn't UTF-8").
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
  // Every text a user sees in the manifest comes from public/_locales/<language>/messages.json.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the page module into a frame once a name may be on it, and the
    // card module when its first card opens; the popup and the site switch's command ask the top
    // frame's content script to answer (utils/wake-top-frame.ts).
    permissions: ['storage', 'scripting'],
    // The pages the content script already runs on (its match patterns); executeScript needs them
    // named as host permissions too. Same install warning, no page more.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandNextMention__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // Chrome 116: the first with AbortSignal.any, which every run's signal uses (CSS highlights: 105).
    // Older Chrome (109 is the last on Windows 7/8) would install and then fail silently.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'medglance@medglance.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142 (web-ext lint warns otherwise).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
