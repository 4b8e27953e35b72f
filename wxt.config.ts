import { defineConfig } from 'wxt';

// One config for Chrome (MV3) and Firefox (MV3). Permissions are the documented minimum:
// see README "Permissions"; tests/e2e/manifest.e2e.test.ts keeps the built manifest honest.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Real-browser test runs build into their own folder so parallel runs never share a half-written build.
  outDir: process.env.MEDGLANCE_OUT_DIR ?? '.output',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'MedGlance',
    description:
      'Sourced, plain-language facts about isotretinoin (Accutane, Isotroin, Roaccutane…) where you read about it. No tracking.',
    permissions: ['storage'],
    action: { default_title: 'MedGlance' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Jump to the next isotretinoin mention and open its card',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on or off for the current site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'medglance@medglance.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
