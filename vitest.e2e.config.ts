import { defineConfig } from 'vitest/config';

// Real-browser layer: playwright-core drives the system Chromium with the built extension.
// Files run one at a time (2 cores; each file launches its own browser).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
