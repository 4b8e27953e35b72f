import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;

/**
 * Bundles bench/page-entry.ts (and with it the real content/ modules) into one minified classic script,
 * the way the extension ships them, so the page measures production code rather than dev-mode modules.
 */
export async function buildPageBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'medglance-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve(here, '..'),
      build: {
        outDir,
        emptyOutDir: false,
        minify: true,
        sourcemap: false,
        lib: {
          entry: join(here, 'page-entry.ts'),
          formats: ['iife'],
          name: 'MedglanceBench',
          fileName: () => 'page-entry.js',
        },
      },
    });
    return readFileSync(join(outDir, 'page-entry.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
