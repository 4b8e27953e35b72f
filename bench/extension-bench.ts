// The real extension in the system Chromium, side by side with its references in the same run: the floor
// (`textContent` + one regex test, in the same page) and the page without the extension (a second
// browser). Our time is what a CPU profile attributes to the extension's own scripts (bench/task-attribution.ts).
import type { CDPSession, Page } from 'playwright-core';
import { launch, marks, sleep, type Browsers } from './extension-browsers';
import { append, firstCard, popup, spaSwap } from './extension-interactions';
import { startBenchServer, type BenchServer } from './bench-server';
import {
  asScenario,
  divForum,
  framesPage,
  noMentionPages,
  spaPages,
  type ScenarioPage,
} from './extension-pages';
import { generatePage } from './generate-pages';
import { median } from './report';
import { mainThreadWhile, type MainThreadCost } from './page-cost';
import { attributeWhile } from './task-attribution';

const FRAMES = 20;
/** The floor runs this many times in one task and is divided: the warm floor (one on 40 K is ~0.1 ms). */
const FLOOR_REPEATS = 10;

/** What the extension scenarios measured (medians over runs; ms unless named otherwise). */
export interface ExtensionResults {
  noMention: Array<{
    page: string;
    chars: number;
    extMs: number;
    floorMs: number;
    /** The floor run once, first (not warmed up by nine more). */
    floorOnceMs: number;
    ratio: number;
    onceRatio: number;
    longestTaskMs: number;
    top: Array<[string, number]>;
  }>;
  coldPage: { extMs: number; longestTaskMs: number; runs: number };
  frames: { frames: number; extMsPerFrame: number; extMsTotal: number; top: Array<[string, number]> };
  popup: {
    page: string;
    listShownMs: number;
    closedMsPerS: number;
    openMsPerS: number;
    addedMsPerS: number;
    longestTaskMs: number;
  };
  spaSwap: {
    chars: number;
    mentions: number;
    marked: number;
    extMs: number;
    longestTaskMs: number;
    markedAfterMs: number;
    top: Array<[string, number]>;
  };
  append: {
    marks: number;
    batches: number;
    withMs: number;
    withoutMs: number;
    addedP50Ms: number;
    addedP95Ms: number;
    /** Added p50 with the underline style instead of the default tint (same page, same run). */
    underlineAddedP50Ms: number;
    top: Array<[string, number]>;
  };
  firstCard: { page: string; firstMs: number; againMs: number; hoverDelayMs: number };
  /** Whole page main thread through load and the first scan, with the extension and without (medians). */
  pageLoad: Array<{
    page: string;
    chars: number;
    mentions: number;
    marked: number;
    with: MainThreadCost;
    without: MainThreadCost;
  }>;
}

async function noMention(b: Browsers, pages: ScenarioPage[], url: (p: string) => string, runs: number) {
  const { page, cdp, prefix } = b.ext;
  const samples = new Map<
    string,
    Array<{ ext: number; floor: number; floorOnce: number; task: number; top: Array<[string, number]> }>
  >();
  for (let i = 0; i < runs; i++)
    for (const p of pages) {
      const ext = await attributeWhile(cdp, [prefix], async () => {
        await page.goto(url(p.path), { waitUntil: 'load' });
        await sleep(700);
      });
      const once = await attributeWhile(cdp, [url('/bench.js')], () =>
        page.evaluate(() => window.medglanceBench.floorTimesInTask(1)),
      );
      const floor = await attributeWhile(cdp, [url('/bench.js')], () =>
        page.evaluate((times) => window.medglanceBench.floorTimesInTask(times), FLOOR_REPEATS),
      );
      if (!samples.has(p.path)) samples.set(p.path, []);
      samples.get(p.path)!.push({
        ext: ext.matchedMs,
        floor: floor.matchedMs / FLOOR_REPEATS,
        floorOnce: once.matchedMs,
        task: ext.longestMatchedTaskMs,
        top: ext.top,
      });
    }
  return pages.map((p) => {
    const s = samples.get(p.path)!;
    const extMs = median(s.map((x) => x.ext));
    const floorMs = median(s.map((x) => x.floor));
    const floorOnceMs = median(s.map((x) => x.floorOnce));
    const top = s.at(-1)!.top.slice(0, 8);
    return {
      page: p.path,
      chars: p.chars,
      extMs,
      floorMs,
      floorOnceMs,
      ratio: extMs / floorMs,
      onceRatio: extMs / floorOnceMs,
      longestTaskMs: Math.max(...s.map((x) => x.task)),
      top,
    };
  });
}

/** The first page of a site in a new tab: a renderer with nothing compiled yet. */
async function coldPage(b: Browsers, urls: readonly string[]) {
  const ext: number[] = [];
  const tasks: number[] = [];
  for (const u of urls) {
    const page = await b.ext.context.newPage();
    const cdp = await b.ext.context.newCDPSession(page);
    const r = await attributeWhile(cdp, [b.ext.prefix], async () => {
      await page.goto(u, { waitUntil: 'load' });
      await sleep(700);
    });
    ext.push(r.matchedMs);
    tasks.push(r.longestMatchedTaskMs);
    await cdp.detach();
    await page.close();
  }
  return { extMs: median(ext), longestTaskMs: Math.max(...tasks), runs: urls.length };
}

async function frames(b: Browsers, url: string, runs: number) {
  const totals: number[] = [];
  let top: Array<[string, number]> = [];
  for (let i = 0; i < runs; i++) {
    const r = await attributeWhile(b.ext.cdp, [b.ext.prefix], async () => {
      await b.ext.page.goto(url, { waitUntil: 'load' });
      await sleep(1000);
    });
    totals.push(r.matchedMs);
    top = r.top.slice(0, 10);
  }
  const total = median(totals);
  return { frames: FRAMES, extMsTotal: total, extMsPerFrame: total / (FRAMES + 1), top };
}

/** How long after `load` a page's cost is followed: the forum's first scan and its marks are done by then. */
const PAGE_LOAD_FOLLOW_MS = 3000;

/** The median of each measure over runs. */
const medianCost = (costs: MainThreadCost[]): MainThreadCost => ({
  taskMs: median(costs.map((c) => c.taskMs)),
  longestTaskMs: median(costs.map((c) => c.longestTaskMs)),
  styleMs: median(costs.map((c) => c.styleMs)),
});

/**
 * The page's whole main thread (its own work, ours, and the rendering our style causes) from navigation
 * to 3 s after load, in the browser with the extension and in the control browser, medians of `runs`.
 */
async function pageLoad(b: Browsers, pages: ScenarioPage[], url: (p: string) => string, runs: number) {
  const load = (page: Page, cdp: CDPSession, path: string) =>
    mainThreadWhile(cdp, async () => {
      await page.goto(url(path), { waitUntil: 'load' });
      await sleep(PAGE_LOAD_FOLLOW_MS);
    });
  const out: ExtensionResults['pageLoad'] = [];
  for (const p of pages) {
    const withExt: MainThreadCost[] = [];
    const without: MainThreadCost[] = [];
    let marked = 0;
    for (let i = 0; i < runs; i++) {
      without.push(await load(b.control.page, b.control.cdp, p.path));
      withExt.push(await load(b.ext.page, b.ext.cdp, p.path));
      marked = await marks(b.ext.page);
    }
    out.push({
      page: p.path,
      chars: p.chars,
      mentions: p.mentions,
      marked,
      with: medianCost(withExt),
      without: medianCost(without),
    });
  }
  return out;
}

/** A page with the bench's in-page half (the floor) in its head. */
const withBench = (html: string) => html.replace('</head>', '<script src="/bench.js"></script></head>');

/** Every extension scenario, on pages served here; `scale` < 1 for a quick smoke run. */
export async function runExtensionScenarios(
  extensionDir: string,
  bundle: string,
  { runs, scale, log, only }: { runs: number; scale: number; log: (msg: string) => void; only?: string[] },
): Promise<ExtensionResults> {
  const want = (name: string): boolean => !only || only.includes(name);
  const plain = noMentionPages(scale);
  const forumDivs = divForum(scale);
  const spa = spaPages(scale);
  const huge = generatePage('huge', scale);
  const forum = generatePage('forum', scale);
  const files = new Map<string, string>([
    ['/bench.js', bundle],
    ...plain.map((p) => [p.path, withBench(p.html)] as [string, string]),
    [forumDivs.path, forumDivs.html],
    [spa.shell.path, spa.shell.html],
    [spa.view.path, spa.view.html],
    ['/huge.html', huge.html],
    ['/forum.html', forum.html],
  ]);
  const servers: BenchServer[] = [];
  for (let i = 0; i <= FRAMES; i++) servers.push(await startBenchServer(files, { isolated: false }));
  const main = servers[0]!;
  const { top, frame } = framesPage(servers.slice(1).map((s) => s.url('').replace(/\/$/, '')));
  files.set(top.path, top.html);
  files.set(frame.path, frame.html);
  const b = await launch(extensionDir);
  try {
    log('extension: pages without a name');
    const noMentionResult = want('noMention')
      ? await noMention(b, plain, (p) => main.url(p), runs)
      : (undefined as never);
    log('extension: first page of a new site');
    const cold = want('cold')
      ? await coldPage(
          b,
          servers
            .slice(1, 1 + Math.max(2, runs))
            .map((s) => s.url('/plain-40k.html').replace('127.0.0.1', 'localhost')),
        )
      : (undefined as never);
    log('extension: 20 empty cross-origin frames');
    const framesResult = want('frames') ? await frames(b, main.url(top.path), runs) : (undefined as never);
    log('extension: popup open on a div forum');
    const popupResult = want('popup')
      ? await popup(b, forumDivs, main.url(forumDivs.path))
      : (undefined as never);
    log('extension: SPA route swap');
    const spaResult = want('spa')
      ? await spaSwap(b, spa.view, main.url(spa.shell.path))
      : (undefined as never);
    log('extension: appends at 1,000 marks');
    const appendResult = want('append')
      ? await append(b, main.url('/forum.html'), forum.mentions, Math.max(10, runs * 8))
      : (undefined as never);
    log('extension: whole page through load, with and without the extension');
    const pageLoadResult = want('pageLoad')
      ? await pageLoad(
          b,
          [asScenario('/forum.html', forum), plain.find((p) => p.path === '/plain-1m.html')!],
          (p) => main.url(p),
          runs,
        )
      : (undefined as never);
    log('extension: first card');
    const card = want('card')
      ? await firstCard(b, main.url('/huge.html'), huge.mentions)
      : (undefined as never);
    return {
      noMention: noMentionResult,
      coldPage: cold,
      frames: framesResult,
      popup: popupResult,
      spaSwap: spaResult,
      append: appendResult,
      firstCard: card,
      pageLoad: pageLoadResult,
    };
  } finally {
    await b.close();
    for (const s of servers) await s.close();
  }
}
