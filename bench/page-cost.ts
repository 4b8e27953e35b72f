import type { CDPSession } from 'playwright-core';
import { rendererMainThreads, traceWhile, type TraceEvent } from './trace-events';

/** The page's whole main thread while a stretch of work ran: its own work, ours, rendering. */
export interface MainThreadCost {
  /** CPU ms of all tasks (thread time). */
  taskMs: number;
  /** Wall ms of the longest task. */
  longestTaskMs: number;
  /** Wall ms of style recalculation (Document::recalcStyle), inside those tasks. */
  styleMs: number;
}

/**
 * Sums the tasks of the busiest renderer main thread in a trace of `fn` (the profiled tab's; other
 * renderers idle meanwhile). Unlike attributeWhile, nothing is attributed: this is what the page costs,
 * so work the browser does because of us (a style recalculation our stylesheet causes) counts too.
 */
export async function mainThreadWhile(cdp: CDPSession, fn: () => Promise<unknown>): Promise<MainThreadCost> {
  const { events } = await traceWhile(
    cdp,
    ['toplevel', 'blink', 'disabled-by-default-devtools.timeline'],
    fn,
  );
  return mainThreadCost(events);
}

/** Pure part of mainThreadWhile. */
export function mainThreadCost(events: readonly TraceEvent[]): MainThreadCost {
  const mains = rendererMainThreads(events);
  const byThread = new Map<string, MainThreadCost>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    const cost = byThread.get(key) ?? { taskMs: 0, longestTaskMs: 0, styleMs: 0 };
    byThread.set(key, cost);
    if (e.name === 'RunTask') {
      cost.taskMs += (e.tdur ?? e.dur ?? 0) / 1000;
      cost.longestTaskMs = Math.max(cost.longestTaskMs, (e.dur ?? 0) / 1000);
    } else if (e.name === 'Document::recalcStyle') cost.styleMs += (e.dur ?? 0) / 1000;
  }
  let busiest: MainThreadCost = { taskMs: 0, longestTaskMs: 0, styleMs: 0 };
  for (const cost of byThread.values()) if (cost.taskMs > busiest.taskMs) busiest = cost;
  return busiest;
}
