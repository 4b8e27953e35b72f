import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build under test. */
    extensionDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** Builds the Chrome extension once per test run, into a private folder (removed afterwards). */
export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(root, '.output', 'e2e-'));
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const extensionDir = join(outDir, 'chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`build produced no manifest in ${extensionDir}`);
  project.provide('extensionDir', extensionDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
