// `npm run bench [-- --quick]`: issue 3's benchmark in the system Chromium. Prints a markdown table and
// writes the full results to bench/results/<timestamp>.json. Never used by tests: timings vary by machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBenchBrowser, taskMs, type BenchBrowser } from './bench-browser';
import { startBenchServer } from './bench-server';
import { buildExtension, runOutputDir } from '../tests/support/build-extension';
import { buildPageBundle } from '../tests/support/page-bundle';
import { measureContentScript } from './content-script-size';
import { runExtensionScenarios } from './extension-bench';
import { highlightExperiment } from './highlight-experiment';
import { generatePage, PAGE_KINDS, type GeneratedPage, type PageKind } from './generate-pages';
import { median, quantile, toMarkdown, type BenchResult, type MethodStats, type PageResult } from './report';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 5;
const SCALE = quick ? 0.1 : 1;
const HIT_SAMPLES = quick ? 200 : 2_000;
const APPEND_BATCHES = quick ? 20 : 200;
// mark.js mark(names) takes seconds to minutes on big pages (DESIGN: 8–24 s): only small pages get it,
// and only 3 runs (it is the slow baseline, not the subject).
const MARK_NAMES_MAX_CHARS = 300_000;
const MARK_NAMES_RUNS = Math.min(RUNS, 3);

type Method = 'floor' | 'ours' | 'markRegExp' | 'markNames';
const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

async function measureMethod(b: BenchBrowser, url: string, method: Method): Promise<MethodStats> {
  await b.load(url);
  const r = await b.busy((m) => window.medglanceBench[m](), method);
  const paintMs = await b.page.evaluate(() => window.medglanceBench.paint());
  return {
    runs: 1,
    ms: r.value.ms,
    busyMs: r.busyMs,
    paintMs,
    matches: r.value.matches,
    maxLongTaskMs: Math.max(0, ...r.value.longTasksMs),
  };
}

const combine = (runs: MethodStats[]): MethodStats => ({
  runs: runs.length,
  ms: median(runs.map((r) => r.ms)),
  busyMs: median(runs.map((r) => r.busyMs)),
  paintMs: median(runs.map((r) => r.paintMs)),
  matches: median(runs.map((r) => r.matches)),
  maxLongTaskMs: Math.max(...runs.map((r) => r.maxLongTaskMs)),
});

async function measurePage(b: BenchBrowser, page: GeneratedPage, url: string): Promise<PageResult> {
  const withNames = page.visibleChars <= MARK_NAMES_MAX_CHARS;
  const methods: Method[] = ['floor', 'ours', 'markRegExp', ...(withNames ? (['markNames'] as const) : [])];
  const runs = new Map<Method, MethodStats[]>(methods.map((m) => [m, []]));
  // Methods interleave run by run, so drift in machine load hits all of them alike.
  for (let i = 0; i < RUNS; i++)
    for (const m of methods) {
      if (m === 'markNames' && i >= MARK_NAMES_RUNS) continue;
      runs.get(m)!.push(await measureMethod(b, url, m));
      log(`${page.kind} run ${i + 1}/${RUNS} ${m}: ${runs.get(m)!.at(-1)!.ms.toFixed(1)} ms`);
    }
  await b.load(url);
  const longest = await b.longestTask(() => b.page.evaluate(() => window.medglanceBench.ours()));
  return {
    kind: page.kind,
    visibleChars: page.visibleChars,
    expectedMentions: page.mentions,
    floor: combine(runs.get('floor')!),
    ours: combine(runs.get('ours')!),
    oursLongestTask: longest,
    markRegExp: combine(runs.get('markRegExp')!),
    markNames: withNames
      ? combine(runs.get('markNames')!)
      : { skipped: `${(page.visibleChars / 1e6).toFixed(1)} M chars; takes seconds to minutes` },
  };
}

async function measureHitTest(b: BenchBrowser, url: string): Promise<BenchResult['hitTest']> {
  await b.load(url);
  await b.page.evaluate(() => window.medglanceBench.ours());
  const r = await b.page.evaluate((n) => window.medglanceBench.hitTest(n), HIT_SAMPLES);
  const resolution = await b.page.evaluate(() => (window.medglanceBench.crossOriginIsolated ? 5 : 100));
  return {
    page: 'huge',
    samples: HIT_SAMPLES,
    p50Us: quantile(r.withTargetUs, 0.5),
    p95Us: quantile(r.withTargetUs, 0.95),
    maxUs: Math.max(...r.withTargetUs),
    withoutTargetP50Us: quantile(r.withoutTargetUs, 0.5),
    withoutTargetP95Us: quantile(r.withoutTargetUs, 0.95),
    hitsAtMatches: `${r.hitsAtMatches}/${r.pairs}`,
    randomHits: r.randomHits,
    timerResolutionUs: resolution,
  };
}

/** Main-thread time per batch of 50 appended nodes, with detection running and without (control). */
async function measureAppend(b: BenchBrowser, url: string): Promise<BenchResult['append']> {
  const series = async (withDetection: boolean): Promise<{ busy: number[]; added: number }> => {
    await b.load(url);
    const before = withDetection ? (await b.page.evaluate(() => window.medglanceBench.ours())).matches : 0;
    const busy: number[] = [];
    let after = 0;
    for (let i = 0; i < APPEND_BATCHES; i++) {
      const r = await b.busy((n) => window.medglanceBench.appendBatch(n), i);
      busy.push(r.busyMs);
      after = r.value;
    }
    return { busy, added: withDetection ? after - before : 0 };
  };
  const control = await series(false);
  const ours = await series(true);
  const added = ours.busy.map((v) => v - median(control.busy));
  return {
    page: 'article',
    batches: APPEND_BATCHES,
    controlBusyMs: median(control.busy),
    oursBusyMs: median(ours.busy),
    addedMsP50: quantile(added, 0.5),
    addedMsP95: quantile(added, 0.95),
    matchesAdded: ours.added,
  };
}

/** JS heap a running detection retains, per match (a first session warms compiled code, then stops). */
async function measureMemory(b: BenchBrowser, url: string): Promise<BenchResult['memory']> {
  await b.load(url);
  const heap = async (): Promise<number> => {
    await b.cdp.send('HeapProfiler.collectGarbage');
    return (await b.cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await b.page.evaluate(() => window.medglanceBench.ours());
  await b.page.evaluate(() => window.medglanceBench.stop());
  await heap();
  const { matches } = await b.page.evaluate(() => window.medglanceBench.ours());
  const running = await heap();
  await b.page.evaluate(() => window.medglanceBench.stop());
  // Retained = what stopping the session frees: unrelated heap growth during the run is not counted.
  const retained = running - (await heap());
  return { page: 'huge', matches, heapDeltaKb: retained / 1024, bytesPerMatch: retained / matches };
}

/** The matcher's first use in a fresh renderer process (new browser context), median of 3. */
async function measureColdMatcher(b: BenchBrowser, url: string): Promise<BenchResult['coldMatcher']> {
  const runs: BenchResult['coldMatcher'][] = [];
  for (let i = 0; i < 3; i++) {
    const context = await b.page.context().browser()!.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    const before = await taskMs(cdp);
    const wall = await page.evaluate(() => window.medglanceBench.firstMatcherUse());
    runs.push({ cpuMs: (await taskMs(cdp)) - before, ...wall });
    await context.close();
  }
  return {
    cpuMs: median(runs.map((r) => r.cpuMs)),
    testMs: median(runs.map((r) => r.testMs)),
    findAllMs: median(runs.map((r) => r.findAllMs)),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  log(`${quick ? 'quick' : 'full'} run: building the page bundle and generating pages`);
  const bundle = await buildPageBundle(join(import.meta.dirname, 'page-entry.ts'), 'MedglanceBench');
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const pages = PAGE_KINDS.map((k) => generatePage(k, SCALE));
  const scripts = '<script src="/mark.js"></script><script src="/bench.js"></script>';
  const files = new Map<string, string>([
    ['/bench.js', bundle],
    ['/mark.js', markJs],
    ...pages.map(
      (p) => [`/${p.kind}.html`, p.html.replace('</head>', `${scripts}</head>`)] as [string, string],
    ),
  ]);
  const server = await startBenchServer(files);
  const url = (k: PageKind): string => server.url(`/${k}.html`);
  const b = await launchBenchBrowser();
  try {
    log('cold start');
    const coldMatcher = await measureColdMatcher(b, url('article'));
    // Warm this renderer's regex cache, as every page after the first one in a process finds it.
    await b.load(url('article'));
    await b.page.evaluate(() => window.medglanceBench.firstMatcherUse());
    const results: PageResult[] = [];
    for (const page of pages) results.push(await measurePage(b, page, url(page.kind)));
    log('hit-test');
    const hitTest = await measureHitTest(b, url('huge'));
    log('appended nodes');
    const append = await measureAppend(b, url('article'));
    log('memory');
    const memory = await measureMemory(b, url('huge')).catch((e: Error) => ({ skipped: e.message }));
    log('highlight experiment (one Highlight or several)');
    const highlights = await highlightExperiment(b.page, b.cdp, quick ? 5 : 15);
    log('building the extension');
    const outDir = runOutputDir('bench-');
    let contentScript: BenchResult['contentScript'];
    let extension: BenchResult['extension'];
    try {
      const extensionDir = buildExtension(outDir, 'chrome');
      contentScript = measureContentScript(extensionDir);
      extension = await runExtensionScenarios(extensionDir, bundle, { runs: RUNS, scale: SCALE, log });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    const result: BenchResult = {
      timestamp: new Date().toISOString(),
      quick,
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
      browser: b.page.context().browser()?.version() ?? 'unknown',
      coldMatcher,
      pages: results,
      hitTest,
      append,
      memory,
      contentScript,
      highlights,
      extension,
    };
    const dir = join(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${result.timestamp.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(toMarkdown(result));
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in ${file}`);
  } finally {
    await b.close();
    await server.close();
  }
}

await main();
