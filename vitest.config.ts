import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { namePatternDefines } from './scripts/name-patterns';

// Unit layer only: happy-dom + fakeBrowser. Real-browser tests live in tests/e2e (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  // The build's name patterns (wxt.config.ts), so unit tests run the code a build runs.
  define: namePatternDefines(false),
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    environment: 'happy-dom',
    include: [
      '{background,components,content,i18n,medications,utils,entrypoints,bench,scripts,tests/conventions}/**/*.test.{ts,tsx}',
    ],
    restoreMocks: true,
  },
});
