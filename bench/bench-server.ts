import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An in-memory static server for the generated pages and scripts. */
export interface BenchServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `files` (path → body) on 127.0.0.1, by default with COOP/COEP headers: a cross-origin-isolated
 * page gets 5 µs `performance.now()` resolution instead of 100 µs, which the hit-test's per-call timing
 * needs. `isolated: false` for pages that embed cross-origin frames (COEP would block them).
 */
export async function startBenchServer(
  files: ReadonlyMap<string, string>,
  { isolated = true }: { isolated?: boolean } = {},
): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = files.get(path);
    if (body === undefined) return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res
      .writeHead(200, {
        'content-type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
        ...(isolated
          ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
          : {}),
        'cache-control': 'no-store',
      })
      .end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
