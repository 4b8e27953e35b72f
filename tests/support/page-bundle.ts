import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles `entry` (and with it the real content/ modules it imports) into one minified classic script
 * that assigns its exports to `window[globalName]`, the way the extension ships them: the bench measures
 * production code, and real-browser module tests can call the modules from the page's own world (the
 * extension's isolated world hides them). One helper for both, so both test the same build.
 */
export async function buildPageBundle(entry: string, globalName: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'medglance-bundle-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
      build: {
        outDir,
        emptyOutDir: false,
        minify: process.env.MEDGLANCE_NO_MINIFY !== '1',
        sourcemap: false,
        lib: { entry, formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
      },
    });
    return readFileSync(join(outDir, 'bundle.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
