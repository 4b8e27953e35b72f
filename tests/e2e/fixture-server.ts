import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface FixtureServer {
  /** Absolute URL of a path on the server, e.g. url('/detection-basic.html'). */
  url(path: string): string;
  /** Same fixtures on a second origin (127.0.0.1 vs localhost) for cross-origin frames. */
  crossOriginUrl(path: string): string;
  /** Ends every response to `HELD_PAGE` so far: those pages then finish loading. */
  releaseHeld(): void;
  close(): Promise<void>;
}

/**
 * A page whose response stays open until `releaseHeld()`: it has a mention in its first paragraph but
 * never fires DOMContentLoaded meanwhile, like a page still streaming in.
 */
export const HELD_PAGE = '/held.html';
const HELD_HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Still loading</title></head>' +
  '<body><p id="first">My dermatologist mentioned Accutane.</p>';

/** Serves tests/fixtures/ (and any SPA route under /spa/ as spa.html) on 127.0.0.1, free port. */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const held = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === HELD_PAGE) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      // Past the parser's first chunk, so the paragraph is parsed and shown while the rest is awaited.
      res.write(HELD_HEAD + `<!-- ${' '.repeat(2048)} -->`);
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    // Browsers ask for a favicon on every page; answer so the page console stays free of 404 noise.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const rel = normalize(path.startsWith('/spa/') ? '/spa.html' : path).replace(/^([/\\])+/, '');
    const file = join(dir, rel || 'index.html');
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith('/') ? p : `/${p}`}`,
    crossOriginUrl: (p) => `http://localhost:${port}${p.startsWith('/') ? p : `/${p}`}`,
    releaseHeld() {
      for (const res of held) res.end('</body></html>');
      held.clear();
    },
    close: () =>
      new Promise((ok) => {
        for (const res of held) res.end();
        server.close(() => ok());
      }),
  };
}
