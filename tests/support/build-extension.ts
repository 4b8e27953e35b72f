import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * A new folder for one run's builds under .output/ (git-ignored), made first in a fresh clone, which
 * has no .output/ until something is built.
 */
export function runOutputDir(prefix: string): string {
  mkdirSync(join(root, '.output'), { recursive: true });
  return mkdtempSync(join(root, '.output', prefix));
}

/**
 * Builds one browser's extension into `outDir` (never the shared .output/, so a parallel `npm run build`
 * cannot swap files under a running browser) and returns the unpacked folder. `env` adds build switches,
 * e.g. MEDGLANCE_TEST_REGISTRY=1 for the fixture-medication build.
 */
export function buildExtension(
  outDir: string,
  browser: 'chrome' | 'firefox',
  env: Readonly<Record<string, string>> = {},
): string {
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: root,
    env: { ...process.env, ...env, MEDGLANCE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = join(outDir, `${browser}-mv3`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`build produced no manifest in ${dir}`);
  return dir;
}
