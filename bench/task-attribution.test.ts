import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile } from './task-attribution';
import type { TraceEvent } from './trace-events';

const OURS = 'chrome-extension://abc/';
const main = { pid: 1, tid: 7 };
const threadName: TraceEvent = {
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  ...main,
  args: { name: 'CrRendererMain' },
};
/** A main-thread task from `ts` (µs) lasting `dur` µs wall, `tdur` µs CPU. */
const task = (ts: number, dur: number, tdur = dur): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  ...main,
});
const evaluate = (ts: number, dur: number, url: string, tdur = dur): TraceEvent =>
  ({ name: 'EvaluateScript', ph: 'X', ts, dur, tdur, ...main, args: { data: { url } } }) as TraceEvent;

const nodes = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 4, 5] },
  { id: 2, callFrame: { url: '', functionName: '(program)' } },
  { id: 3, callFrame: { url: `${OURS}content.js`, functionName: 'check' } },
  { id: 4, callFrame: { url: 'https://page.test/app.js', functionName: 'render' } },
  { id: 5, callFrame: { url: '', functionName: '(garbage collector)' } },
];
/** A profile of samples at absolute times (µs): [time, node id]. */
function profile(samples: Array<[number, number]>): CpuProfile {
  const times = samples.map(([t]) => t);
  return {
    nodes,
    startTime: 0,
    samples: samples.map(([, id]) => id),
    timeDeltas: times.map((t, i) => t - (times[i - 1] ?? 0)),
  };
}

describe('attribute', () => {
  it('splits a task by its samples, so a long gap after one sample does not count as ours', () => {
    // A 2 ms task, half ours by its samples; after the last one (ours) the sampler paused for 9 ms.
    const p = profile([
      [1000, 3],
      [1500, 4],
      [2000, 4],
      [2500, 3],
      [11_500, 2],
    ]);
    const a = attribute(p, [threadName, task(1000, 2000)], [OURS]);
    expect(a.matchedMs).toBeCloseTo(0.5 * 2, 5);
    expect(a.longestMatchedTaskMs).toBeCloseTo(1, 5);
  });

  it('counts a task no sample landed in by the CPU time of our script evaluated in it', () => {
    const p = profile([
      [100, 4],
      [9000, 4],
    ]);
    const events = [
      threadName,
      task(100, 200),
      task(5000, 1500),
      evaluate(5050, 1400, `${OURS}content.js`, 1300),
    ];
    expect(attribute(p, events, [OURS]).matchedMs).toBeCloseTo(1.3, 5);
  });

  it("counts our evaluation's CPU time whole, and splits the rest of its task by the samples outside it", () => {
    // A collection our allocations set off has no frame of ours: inside our evaluation it is ours anyway.
    const p = profile([
      [1000, 3],
      [1200, 5],
      [1400, 5],
      [1600, 4],
      [2000, 2],
    ]);
    const events = [threadName, task(1000, 1000, 800), evaluate(1000, 550, `${OURS}content.js`, 400)];
    // The evaluation's 0.4 ms CPU; the rest of the task (0.4 ms) was the page's by its one sample.
    expect(attribute(p, events, [OURS]).matchedMs).toBeCloseTo(0.4, 5);
    // A continuation of ours after the evaluation, in the same task: half the rest by its samples.
    const later = profile([
      [1000, 3],
      [1600, 3],
      [1800, 4],
      [2000, 2],
    ]);
    expect(attribute(later, events, [OURS]).matchedMs).toBeCloseTo(0.4 + 0.4 * 0.5, 5);
  });

  it('counts a call inside our evaluation, a task inside a task and another thread once or not at all', () => {
    const p = profile([
      [100, 4],
      [9000, 4],
    ]);
    const call = { ...evaluate(2100, 300, `${OURS}content.js`, 300), name: 'FunctionCall' };
    const otherThread = { ...evaluate(6000, 900, `${OURS}content.js`), tid: 8 };
    const events = [
      threadName,
      { ...threadName, tid: 8 },
      task(100, 200),
      task(2000, 1500),
      task(2500, 500),
      evaluate(2000, 1000, `${OURS}content.js`, 800),
      call,
      task(6000, 1000),
      otherThread,
    ];
    // The evaluation's 0.8 ms, its inner call and nested task inside it; the other thread's is not this page's.
    expect(attribute(p, events, [OURS]).matchedMs).toBeCloseTo(0.8, 5);
  });

  it('attributes nothing to us on a page that runs only its own scripts', () => {
    const p = profile([
      [1000, 4],
      [1500, 4],
      [2000, 2],
    ]);
    const events = [threadName, task(1000, 1000), evaluate(1000, 800, 'https://page.test/app.js')];
    const a = attribute(p, events, [OURS]);
    expect(a.matchedMs).toBe(0);
    expect(a.top).toEqual([]);
  });
});
