import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build under test. */
    extensionDir: string;
    /** Absolute path of the unpacked Firefox MV3 build under test. */
    firefoxExtensionDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** Builds one browser's extension into `outDir` and returns the unpacked folder. */
function build(outDir: string, browser: 'chrome' | 'firefox'): string {
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: root,
    env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = join(outDir, `${browser}-mv3`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build produced no manifest in ${dir}`);
  return dir;
}

/**
 * Builds the Chrome and Firefox extensions once per test run, into a private folder (removed afterwards),
 * so a parallel `npm run build` never swaps files under a running browser.
 */
export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(root, '.output', 'e2e-'));
  project.provide('extensionDir', build(outDir, 'chrome'));
  project.provide('firefoxExtensionDir', build(outDir, 'firefox'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
