import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/chromium-path';

/** The result of work run in the page, with the main-thread time it cost (CDP Performance metrics). */
export interface Busy<T> {
  value: T;
  /** Main-thread task time during the call (all tasks: script, style, layout), minus a no-op call's. */
  busyMs: number;
  /** Script part of busyMs. */
  scriptMs: number;
}

/** One headless system Chromium with one tab and a CDP session on it. */
export interface BenchBrowser {
  page: Page;
  cdp: CDPSession;
  /** Fresh load of `url`, then waits until load-time work has settled. */
  load(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and measures the main-thread time it caused until it resolved. */
  busy<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<Busy<T>>;
  /** Longest main-thread task (ms) while `fn` runs, from a Chromium trace (RunTask events). */
  longestTask(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/** Launches the system Chromium (same binary and flags as the e2e tests). */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  let overhead = { task: 0, script: 0 };
  const raw = async <T, A>(
    fn: (arg: A) => Promise<T> | T,
    arg: A,
  ): Promise<{ value: T; task: number; script: number }> => {
    const before = await metrics(cdp);
    // Playwright's overloads cannot see that an arbitrary A is serialisable; every caller passes plain data.
    const value = (await page.evaluate(fn as (arg: unknown) => Promise<T> | T, arg as unknown)) as T;
    const after = await metrics(cdp);
    return { value, task: after.task - before.task, script: after.script - before.script };
  };

  const self: BenchBrowser = {
    page,
    cdp,
    async load(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(() => window.medglanceBench.settle());
    },
    async busy(fn, arg) {
      const r = await raw(fn, arg);
      return {
        value: r.value,
        busyMs: Math.max(0, r.task - overhead.task),
        scriptMs: Math.max(0, r.script - overhead.script),
      };
    },
    async longestTask(fn) {
      await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'toplevel'] });
      await fn();
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: {
          name: string;
          ph: string;
          dur?: number;
          pid: number;
          tid: number;
          args?: { name?: string };
        }[];
      };
      const main = new Set(
        trace.traceEvents
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = trace.traceEvents.filter(
        (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
      );
      return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
    },
    close: () => browser.close(),
  };

  // The cost of a no-op evaluate round trip, subtracted from every busy() measurement.
  await page.setContent('<p>calibration</p>');
  const samples = [];
  for (let i = 0; i < 15; i++) samples.push(await raw(() => 0, null));
  const mid = samples.toSorted((a, b) => a.task - b.task)[7]!;
  overhead = { task: mid.task, script: mid.script };
  return self;
}
