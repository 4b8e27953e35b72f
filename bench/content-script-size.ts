import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip size of one built file, in bytes. */
export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Raw and gzip size of the built Chrome extension's page scripts: the content script injected into every
 * frame, and the lazy modules (page.js, card.js, page-info.js) loaded only when used.
 */
export function measureContentScript(extensionDir: string): FileSize[] {
  const files = [
    ...readdirSync(join(extensionDir, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`),
    'page.js',
    'card.js',
    'page-info.js',
  ];
  return files.map((file) => {
    const body = readFileSync(join(extensionDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}
