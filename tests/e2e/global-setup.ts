import { rmSync } from 'node:fs';

import type { TestProject } from 'vitest/node';
import { buildExtension, runOutputDir } from '../support/build-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build under test. */
    extensionDir: string;
    /** Absolute path of the unpacked Firefox MV3 build under test. */
    firefoxExtensionDir: string;
  }
}

/** Builds the Chrome and Firefox extensions once per test run, into a private folder removed afterwards. */
export default function setup(project: TestProject): () => void {
  const outDir = runOutputDir('e2e-');
  project.provide('extensionDir', buildExtension(outDir, 'chrome'));
  project.provide('firefoxExtensionDir', buildExtension(outDir, 'firefox'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
