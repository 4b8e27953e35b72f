import type { CDPSession } from 'playwright-core';

/** A Chromium trace event, as much of it as the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** `pid:tid` of every renderer main thread in a trace (the threads where pages run). */
export const rendererMainThreads = (events: readonly TraceEvent[]): Set<string> =>
  new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );

/**
 * Records a Chromium trace of `categories` while `fn` runs (CDP Tracing, events reported as they come)
 * and returns its events with what `fn` returned. The trace ends even when `fn` throws.
 */
export async function traceWhile<T>(
  cdp: CDPSession,
  categories: string[],
  fn: () => Promise<T>,
): Promise<{ events: TraceEvent[]; value: T }> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }): void => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  try {
    return { events, value: await fn() };
  } finally {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  }
}
