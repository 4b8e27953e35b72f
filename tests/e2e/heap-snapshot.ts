import type { CDPSession, Page } from 'playwright-core';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * Counts the objects of one class (e.g. "ShadowRoot") alive after a full garbage collection, in a CDP
 * heap snapshot of the page's renderer: the page's world and the extension's isolated world share it,
 * so whatever our content script retains is counted.
 */
export async function countLiveObjects(page: Page, className: string): Promise<number> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    const snap = JSON.parse(chunks.join('')) as Snapshot;
    const fields = snap.snapshot.meta.node_fields;
    const nameAt = fields.indexOf('name');
    let count = 0;
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const name = snap.strings[snap.nodes[i + nameAt]!]!;
      if (name === className || name === `Detached ${className}`) count++;
    }
    return count;
  } finally {
    await cdp.detach();
  }
}
