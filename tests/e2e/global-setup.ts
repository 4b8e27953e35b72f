import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension } from '../support/build-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build under test. */
    extensionDir: string;
    /** Absolute path of the unpacked Firefox MV3 build under test. */
    firefoxExtensionDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** Builds the Chrome and Firefox extensions once per test run, into a private folder removed afterwards. */
export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(root, '.output', 'e2e-'));
  project.provide('extensionDir', buildExtension(outDir, 'chrome'));
  project.provide('firefoxExtensionDir', buildExtension(outDir, 'firefox'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
