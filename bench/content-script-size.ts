import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip size of one built file, in bytes. */
export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const root = resolve(import.meta.dirname, '..');

/** Builds the Chrome extension into a private folder and measures its content-script files. */
export function measureContentScript(): FileSize[] {
  mkdirSync(join(root, '.output'), { recursive: true });
  const outDir = mkdtempSync(join(root, '.output', 'bench-'));
  try {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const dir = join(outDir, 'chrome-mv3', 'content-scripts');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => {
        const body = readFileSync(join(dir, f));
        return {
          file: `content-scripts/${f}`,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        };
      });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
