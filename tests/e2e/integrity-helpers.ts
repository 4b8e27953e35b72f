import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CARD_HOST_TAG, MENTION_HIGHLIGHT } from './extension-constants';

const require = createRequire(import.meta.url);

/** Serves real Preact (UMD) at /vendor/*.umd.js for the app fixtures; the fixture server has no packages. */
export async function serveVendorPreact(context: BrowserContext): Promise<void> {
  // The UMD files are not in preact's "exports" map; locate them next to its package.json.
  const root = dirname(require.resolve('preact/package.json'));
  const files: Record<string, string> = {
    'preact.umd.js': join(root, 'dist/preact.umd.js'),
    'hooks.umd.js': join(root, 'hooks/dist/hooks.umd.js'),
  };
  await context.route('**/vendor/*.umd.js', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const path = files[name];
    return path ? route.fulfill({ path, contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
  });
}

/** One highlighted mention as the page sees it. */
export interface MarkedText {
  text: string;
  /** id of the closest ancestor element with an id ('' when none). */
  within: string;
  /** Start and end nodes are still in the document (a stale range would not be). */
  connected: boolean;
  /** Inside an editable region or a form field. */
  editable: boolean;
}

/** Every range in MedGlance's highlight, read through a live Range (highlights may hold StaticRanges). */
export function markedTexts(page: Page): Promise<MarkedText[]> {
  return page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const el =
          r.startContainer instanceof Element ? r.startContainer : (r.startContainer.parentElement ?? null);
        return {
          text: live.toString(),
          within: el?.closest('[id]')?.id ?? '',
          connected: r.startContainer.isConnected && r.endContainer.isConnected,
          editable: !!el?.closest('[contenteditable="true"], [contenteditable=""], input, textarea, select'),
        };
      }),
    MENTION_HIGHLIGHT,
  );
}

/** Waits until the highlighted texts (sorted) equal `expected`, then checks none is stale or editable. */
export async function expectMarked(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(async () => (await markedTexts(page)).map((m) => m.text).toSorted(), { timeout: 10_000 })
    .toEqual(expected.toSorted());
  const marked = await markedTexts(page);
  expect(marked.filter((m) => !m.connected || m.editable)).toEqual([]);
}

interface AuditRecord {
  type: string;
  target: string | null;
  added: Array<string | null>;
  removed: Array<string | null>;
  attribute: string | null;
}

/**
 * DOM mutations the page's own MutationObserver saw that the page did not make itself (see
 * tests/fixtures/app-audit.js), except the one change the contract allows: adding or removing the card's
 * host element under <html>.
 */
export async function foreignMutations(page: Page): Promise<AuditRecord[]> {
  const records = await page.evaluate(() =>
    (window as unknown as { audit: { report(): unknown } }).audit.report(),
  );
  return (records as AuditRecord[]).filter(
    (r) =>
      !(
        r.type === 'childList' &&
        r.target === 'html' &&
        [...r.added, ...r.removed].every((n) => n === CARD_HOST_TAG)
      ),
  );
}

/** Moves the pointer to the middle of the first element matching `selector`. */
export async function hover(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}
