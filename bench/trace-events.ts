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
