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
  /** ms of CPU-profile samples with one of the URL prefixes anywhere on the stack. */
  matchedMs: number;
  /** ms of all non-idle samples (the page's and ours). */
  totalMs: number;
  /** The most matched time inside one main-thread task (RunTask), ms: our share of the longest task. */
  longestMatchedTaskMs: number;
  /** That task's whole duration (wall) and CPU time, ms. */
  longestTaskWithMatchMs: { wall: number; cpu: number };
  /** Self time of the matched frames by function, top 12 (where the time goes). */
  top: Array<[string, number]>;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Runs `fn` under a V8 CPU profile (samples every 50 µs) and a Chromium trace of main-thread tasks, and
 * attributes the samples by script URL: a sample is ours when any frame on its stack is in one of our
 * scripts (so natives we call, textContent or regex execution, count as ours). The page's world and the
 * extension's isolated world share the isolate, so the page's profile sees both. Sample and trace times
 * share one clock, which gives our share of each task.
 */
export async function attributeWhile(
  cdp: CDPSession,
  urlPrefixes: readonly string[],
  fn: () => Promise<unknown>,
): Promise<Attribution> {
  const { events, value: profile } = await traceWhile(
    cdp,
    ['disabled-by-default-devtools.timeline', 'toplevel'],
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

/** The task of `list` (sorted by start) running at `time`, if any. */
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

/** Pure part of attributeWhile (unit-testable on recorded data). */
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
  for (const list of tasksByThread.values()) list.sort((a, b) => a.ts - b.ts);
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  let tasks: readonly TraceEvent[] = [];
  let best = -1;
  for (const list of tasksByThread.values()) {
    let inside = 0;
    for (let i = 0; i < times.length; i += 10) if (taskAt(list, times[i]!)) inside++;
    if (inside > best) [best, tasks] = [inside, list];
  }
  const perTask = new Map<TraceEvent, number>();
  const self = new Map<string, number>();
  let matchedUs = 0;
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i]!;
    const frame = byId.get(id)!.callFrame;
    if (IDLE.has(frame.functionName) && !ours(id)) continue;
    totalUs += dt;
    if (!ours(id)) continue;
    matchedUs += dt;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt / 1000);
    const task = taskAt(tasks, times[i]!);
    if (task) perTask.set(task, (perTask.get(task) ?? 0) + dt);
  }
  let longest: TraceEvent | undefined;
  for (const [task, us] of perTask) if (!longest || us > perTask.get(longest)!) longest = task;
  return {
    matchedMs: matchedUs / 1000,
    totalMs: totalUs / 1000,
    longestMatchedTaskMs: longest ? perTask.get(longest)! / 1000 : 0,
    longestTaskWithMatchMs: { wall: (longest?.dur ?? 0) / 1000, cpu: (longest?.tdur ?? 0) / 1000 },
    top: [...self].toSorted((a, b) => b[1] - a[1]).slice(0, 12),
  };
}
