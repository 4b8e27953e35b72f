// The interactive extension scenarios: popup open, SPA route swap, appends, first card (bench/extension-bench.ts).
import type { CDPSession, Page } from 'playwright-core';
import { busy, CARD, HIGHLIGHT, sleep, waitForMarks, type Browsers } from './extension-browsers';
import type { ScenarioPage } from './extension-pages';
import { median } from './report';
import { attributeWhile } from './task-attribution';

export async function popup(b: Browsers, forum: ScenarioPage, url: string) {
  const { page, cdp, context, prefix } = b.ext;
  await page.goto(url, { waitUntil: 'load' });
  await waitForMarks(page, forum.mentions);
  await sleep(500);
  // A collected heap before each window: otherwise a major GC of what the scenarios before left in the
  // process (one process: the frames scenario turns site isolation off) lands in whichever window it
  // falls in, 100+ ms of it ("TaskOther", the heap shrinking by megabytes) with or without the popup.
  await cdp.send('HeapProfiler.collectGarbage');
  const closed = await busy(cdp, () => sleep(3000));
  const tab = await b.ext.tabId();
  const view = await context.newPage();
  let listShownMs = 0;
  // The largest task comes from the opening (the wake, the list module's load, the first snapshot) and
  // a stretch after it, under the profiler.
  const r = await attributeWhile(cdp, [prefix], async () => {
    const t0 = Date.now();
    await view.goto(`${prefix}popup.html?tab=${tab}`);
    await view.locator('#mentions-heading').waitFor({ timeout: 30_000 });
    listShownMs = Date.now() - t0;
    await sleep(1000);
  });
  // Measured like `closed`, without the profiler: starting one makes V8 log every compiled function on
  // the page's main thread, which grows with what the process ran before and is not the popup's cost.
  await cdp.send('HeapProfiler.collectGarbage');
  const open = await busy(cdp, () => sleep(5000));
  await view.close();
  return {
    page: forum.path,
    listShownMs,
    closedMsPerS: closed / 3,
    openMsPerS: open / 5,
    addedMsPerS: open / 5 - closed / 3,
    longestTaskMs: r.longestMatchedTaskMs,
  };
}

export async function spaSwap(b: Browsers, view: ScenarioPage, url: string) {
  const { page, cdp, prefix } = b.ext;
  await page.goto(url, { waitUntil: 'load' });
  await sleep(500);
  let marked = 0;
  let markedAfterMs = 0;
  const r = await attributeWhile(cdp, [prefix], async () => {
    const t0 = Date.now();
    await page.evaluate(() => (window as unknown as { swap(): Promise<void> }).swap());
    marked = await waitForMarks(page, view.mentions, 60_000);
    markedAfterMs = Date.now() - t0;
  });
  return {
    chars: view.chars,
    mentions: view.mentions,
    marked,
    extMs: r.matchedMs,
    longestTaskMs: r.longestMatchedTaskMs,
    markedAfterMs,
    top: r.top,
  };
}

/** 50 paragraphs, 5 of them naming a name, appended at once; then the time the page needs to show them. */
function appendBatch(batch: number): Promise<void> {
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 50; i++) {
    const p = document.createElement('p');
    p.textContent =
      i % 10 === 0 ? `new reply ${batch}.${i} about Accutane and dry lips` : `new reply ${batch}.${i}`;
    frag.append(p);
  }
  (document.querySelector('main') ?? document.body).append(frag);
  return new Promise((ok) =>
    setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => ok())), 300),
  );
}

/** Main-thread ms of each of `count` append batches. */
async function appendSeries(page: Page, cdp: CDPSession, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(await busy(cdp, () => page.evaluate(appendBatch, i)));
  return out;
}

export async function append(b: Browsers, url: string, expected: number, batches: number) {
  const load = async (page: Page, cdp: CDPSession, wait: boolean): Promise<void> => {
    await page.goto(url, { waitUntil: 'load' });
    if (wait) await waitForMarks(page, expected, 60_000);
    await sleep(500);
    // The first scan's garbage would otherwise be collected during the first batches (a major GC of a
    // 2.3 MB page's heap): that is the scan's cost, not the appends'. Both browsers start collected.
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(200);
  };
  // Both browsers are timed the same way, without the profiler (its sampling would inflate ours
  // alone); a separate profiled series of batches afterwards says where our time goes.
  await load(b.control.page, b.control.cdp, false);
  const without = await appendSeries(b.control.page, b.control.cdp, batches);
  await load(b.ext.page, b.ext.cdp, true);
  const withExt = await appendSeries(b.ext.page, b.ext.cdp, batches);
  await load(b.ext.page, b.ext.cdp, true);
  const { top } = await attributeWhile(b.ext.cdp, [b.ext.prefix], () =>
    appendSeries(b.ext.page, b.ext.cdp, Math.min(batches, 5)),
  );
  // The same series with the underline style, which Chromium makes every DOM change pay for per mark.
  await b.ext.setSettings({ highlightStyle: 'underline' });
  await load(b.ext.page, b.ext.cdp, true);
  const underlined = await appendSeries(b.ext.page, b.ext.cdp, batches);
  await b.ext.setSettings({});
  const base = median(without);
  const addedTo = (series: number[]) => series.map((v) => v - base).toSorted((x, y) => x - y);
  const added = addedTo(withExt);
  return {
    marks: expected,
    batches,
    withMs: median(withExt),
    withoutMs: base,
    addedP50Ms: median(added),
    addedP95Ms: added[Math.min(added.length - 1, Math.ceil(0.95 * added.length) - 1)]!,
    underlineAddedP50Ms: median(addedTo(underlined)),
    top: top.slice(0, 10),
  };
}

/** Wall ms from the pointer resting on a mention to the card on screen, minus the hover delay. */
export async function firstCard(b: Browsers, url: string, expected: number) {
  const { page } = b.ext;
  await page.goto(url, { waitUntil: 'load' });
  await waitForMarks(page, expected, 60_000);
  const open = async (index: number): Promise<number> => {
    const point = await page.evaluate(
      ({ name, i }) => {
        const s = [...CSS.highlights.get(name)!][i] as AbstractRange;
        const r = new Range();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        (s.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0]!;
        return { x: box.left + Math.min(box.width / 2, 10), y: box.top + box.height / 2 };
      },
      { name: HIGHLIGHT, i: index },
    );
    await page.mouse.move(2, 2);
    await sleep(500);
    // A string, not a function: the loop needs a named inner function, and tsx would wrap it in a
    // helper the page does not have.
    const watch = page.evaluate(`new Promise((ok) => {
      const start = performance.now();
      const check = () => {
        const dialog = document.querySelector('${CARD}')?.shadowRoot?.querySelector('[role="dialog"]');
        if (dialog && dialog.getBoundingClientRect().height > 0) ok(performance.now() - start);
        else requestAnimationFrame(check);
      };
      check();
    })`) as Promise<number>;
    await page.mouse.move(point.x, point.y);
    const ms = await watch;
    await page.keyboard.press('Escape');
    return ms;
  };
  const hoverDelayMs = 300;
  const firstMs = (await open(0)) - hoverDelayMs;
  // The next cards: one sample moved by half between runs, so the median of five other mentions.
  const again: number[] = [];
  for (let i = 1; i <= 5; i++) again.push((await open(i)) - hoverDelayMs);
  return { page: '/huge.html', firstMs, againMs: median(again), hoverDelayMs };
}
