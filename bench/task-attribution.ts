import type { CDPSession } from 'playwright-core';
import { rendererMainThreads, traceWhile, type TraceEvent } from './trace-events';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
/** A V8 CPU profile as CDP returns it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where the main thread's time went while a stretch of work ran, attributed by script URL. */
export interface Attribution {
  /** ms of main-thread CPU time spent with one of the URL prefixes on the stack (see `attribute`). */
  matchedMs: number;
  /** The most matched time inside one main-thread task (RunTask), ms: our share of the longest task. */
  longestMatchedTaskMs: number;
  /** Self time of the matched frames by function, top 12 (where the time goes). */
  top: Array<[string, number]>;
}

/**
 * Runs `fn` under a V8 CPU profile (samples asked for every 50 µs) and a Chromium trace of main-thread
 * tasks, and attributes the time by script URL: a sample is ours when any frame on its stack is in one
 * of our scripts (so natives we call, textContent or regex execution, count as ours). The page's world
 * and the extension's isolated world share the isolate, so the page's profile sees both. Sample and
 * trace times share one clock, which puts each sample in its task.
 */
export async function attributeWhile(
  cdp: CDPSession,
  urlPrefixes: readonly string[],
  fn: () => Promise<unknown>,
): Promise<Attribution> {
  const { events, value: profile } = await traceWhile(
    cdp,
    ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'],
    async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      let recorded: CpuProfile;
      try {
        await fn();
      } finally {
        // Stopped inside the trace, so every sample falls within a traced task.
        recorded = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
        await cdp.send('Profiler.disable');
      }
      return recorded;
    },
  );
  return attribute(profile, events, urlPrefixes);
}

/** The script an EvaluateScript or FunctionCall trace event ran. */
const scriptUrl = (e: TraceEvent): string =>
  (e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '';

/** An event's CPU time (thread duration) in ms; its wall time when the trace has no thread time. */
const cpu = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** The events of `list` not inside another one, sorted by start. */
function outermost(list: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const e of list.toSorted((a, b) => a.ts - b.ts)) {
    const last = out.at(-1);
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) out.push(e);
  }
  return out;
}

/** The event of `list` (sorted by start, not overlapping) running at `time`, if any. */
const taskAt = (list: readonly TraceEvent[], time: number): TraceEvent | undefined => {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const task = list[mid]!;
    if (time < task.ts) hi = mid - 1;
    else if (time > task.ts + (task.dur ?? 0)) lo = mid + 1;
    else return task;
  }
  return undefined;
};

/**
 * Pure part of attributeWhile (unit-testable on recorded data). What the trace records of our scripts
 * running (evaluations and calls it names the script of) counts its CPU time (thread duration) whole;
 * the rest of each main-thread task's CPU time is split by the profile samples that fall in it outside
 * those records: our part is the share of that sampled time with one of our scripts on the stack (a
 * promise continuation of ours, which the trace does not name). Weighting samples by the gap to the
 * next one instead, as a profile viewer does, was badly off on this 2-core machine: the sampler asked
 * for every 50 µs took one every ~150 µs and now and then paused for 5–9 ms, so one sample in a 1 ms
 * script could count 9 ms, or none land in it (a script whose trace said 1.2–1.4 ms CPU on every load
 * was counted 0–6.8 ms).
 */
export function attribute(
  profile: CpuProfile,
  events: TraceEvent[],
  urlPrefixes: readonly string[],
): Attribution {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    let known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    known = urlPrefixes.some((p) => node.callFrame.url.startsWith(p)) || (up !== undefined && ours(up));
    memo.set(id, known);
    return known;
  };
  // Tasks per renderer main thread, sorted; the profiled page's thread is the one its samples fall in.
  const mainThreads = rendererMainThreads(events);
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(key)) continue;
    if (!tasksByThread.has(key)) tasksByThread.set(key, []);
    tasksByThread.get(key)!.push(e);
  }
  // Top-level tasks only: a task run inside another (a nested loop) is part of its CPU time already.
  for (const [key, list] of tasksByThread) tasksByThread.set(key, outermost(list));
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  // A sample weighs at most three typical sampling intervals: a pause of the sampler inside a task
  // says nothing about who ran then.
  const gaps = profile.timeDeltas.slice(1).toSorted((a, b) => a - b);
  const maxWeight = 3 * (gaps[gaps.length >> 1] ?? Infinity);
  let tasks: readonly TraceEvent[] = [];
  let thread = '';
  let best = -1;
  for (const [key, list] of tasksByThread) {
    let inside = 0;
    for (let i = 0; i < times.length; i += 10) if (taskAt(list, times[i]!)) inside++;
    if (inside > best) [best, tasks, thread] = [inside, list, key];
  }
  // The trace's own record of our scripts running: evaluations and calls the trace names a URL for. A
  // sample inside one is ours whatever its stack (a collection our allocations set off has none).
  const spans = events
    .filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.ph === 'X')
    .filter((e) => `${e.pid}:${e.tid}` === thread && urlPrefixes.some((p) => scriptUrl(e).startsWith(p)));
  const outer = outermost(spans);
  // Our evaluations and calls per task, from the trace: their CPU time is ours, exactly.
  const traced = new Map<TraceEvent, number>();
  for (const e of outer) {
    const task = taskAt(tasks, e.ts);
    if (task) traced.set(task, (traced.get(task) ?? 0) + cpu(e));
  }
  // The rest of each task is split by its samples outside those events (each sample weighs the gap to
  // the next one, cut at the task's end): a promise continuation of ours, the page's own scripts.
  interface Sampled {
    inside: number;
    outside: number;
    ours: number;
    self: Map<string, { inside: number; outside: number }>;
  }
  const sampled = new Map<TraceEvent, Sampled>();
  for (let i = 0; i < profile.samples.length; i++) {
    const task = taskAt(tasks, times[i]!);
    if (!task) continue;
    const dt =
      Math.min(times[i + 1] ?? times[i]!, task.ts + (task.dur ?? 0), times[i]! + maxWeight) - times[i]!;
    const id = profile.samples[i]!;
    let s = sampled.get(task);
    if (!s) sampled.set(task, (s = { inside: 0, outside: 0, ours: 0, self: new Map() }));
    const inside = taskAt(outer, times[i]!) !== undefined;
    if (inside) s.inside += dt;
    else s.outside += dt;
    if (!inside && !ours(id)) continue;
    if (!inside) s.ours += dt;
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim();
    const by = s.self.get(key) ?? { inside: 0, outside: 0 };
    by[inside ? 'inside' : 'outside'] += dt;
    s.self.set(key, by);
  }
  const perTask = new Map<TraceEvent, number>();
  const self = new Map<string, number>();
  for (const task of new Set([...traced.keys(), ...sampled.keys()])) {
    const inEvents = traced.get(task) ?? 0;
    const rest = Math.max(0, cpu(task) - inEvents);
    const s = sampled.get(task);
    const ms = inEvents + (s && s.outside > 0 ? (rest * s.ours) / s.outside : 0);
    if (ms > 0) perTask.set(task, ms);
    if (!s) continue;
    const perInside = s.inside > 0 ? inEvents / s.inside : 0;
    const perOutside = s.outside > 0 ? rest / s.outside : 0;
    for (const [key, by] of s.self)
      self.set(key, (self.get(key) ?? 0) + by.inside * perInside + by.outside * perOutside);
  }
  let matchedMs = 0;
  let longestMatchedTaskMs = 0;
  for (const ms of perTask.values()) {
    matchedMs += ms;
    longestMatchedTaskMs = Math.max(longestMatchedTaskMs, ms);
  }
  return {
    matchedMs,
    longestMatchedTaskMs,
    top: [...self].toSorted((a, b) => b[1] - a[1]).slice(0, 12),
  };
}
