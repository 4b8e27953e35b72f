import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/chromium-path';
import { rendererMainThreads, type TraceEvent } from './trace-events';

/** The result of work run in the page, with the main-thread time it cost (CDP Performance metrics). */
export interface Busy<T> {
  value: T;
  /** Main-thread CPU time of tasks during the call (script, style, layout), minus a no-op call's. */
  busyMs: number;
}

/** One headless system Chromium with one tab and a CDP session on it. */
export interface BenchBrowser {
  page: Page;
  cdp: CDPSession;
  /** Fresh load of `url`, then waits until load-time work has settled. */
  load(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and measures the main-thread time it caused until it resolved. */
  busy<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<Busy<T>>;
  /** Longest main-thread task while `fn` runs, from a Chromium trace (RunTask events): wall and CPU ms. */
  longestTask(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }>;
  close(): Promise<void>;
}

/** Cumulative main-thread task time of the CDP session's page, ms. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
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
  // Thread time, not wall time: on a shared 2-core machine the renderer is often descheduled, and CPU time
  // is what our work costs the page's main thread no matter how busy the machine is.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

  let overhead = 0;
  const raw = async <T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<{ value: T; task: number }> => {
    const before = await taskMs(cdp);
    // Playwright's overloads cannot see that an arbitrary A is serialisable; every caller passes plain data.
    const value = (await page.evaluate(fn as (arg: unknown) => Promise<T> | T, arg as unknown)) as T;
    return { value, task: (await taskMs(cdp)) - before };
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
      return { value: r.value, busyMs: Math.max(0, r.task - overhead) };
    },
    async longestTask(fn) {
      await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'toplevel'] });
      await fn();
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      const main = rendererMainThreads(trace.traceEvents);
      const tasks = trace.traceEvents.filter(
        (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
      );
      return {
        wallMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
        cpuMs: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
      };
    },
    close: () => browser.close(),
  };

  // The cost of a no-op evaluate round trip, subtracted from every busy() measurement.
  await page.setContent('<p>calibration</p>');
  const samples = [];
  for (let i = 0; i < 15; i++) samples.push(await raw(() => 0, null));
  overhead = samples.toSorted((a, b) => a.task - b.task)[7]!.task;
  return self;
}
