import { describe, expect, test } from 'vitest';
import { mainThreadCost } from './page-cost';

const thread = (pid: number, tid: number) => ({
  ts: 0,
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name: 'CrRendererMain' },
});
const task = (pid: number, tid: number, dur: number, tdur = dur) => ({
  ts: 0,
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  dur,
  tdur,
});

describe('mainThreadCost', () => {
  test('sums the busiest renderer main thread, its longest task and its style time', () => {
    const events = [
      thread(1, 1),
      thread(2, 7),
      task(1, 1, 1000),
      task(2, 7, 300_000, 250_000),
      task(2, 7, 20_000),
      { name: 'Document::recalcStyle', ph: 'X', ts: 0, pid: 2, tid: 7, dur: 200_000 },
      // Not a renderer main thread (a compositor or worker): ignored however busy.
      task(2, 9, 900_000),
    ];
    expect(mainThreadCost(events)).toEqual({ taskMs: 270, longestTaskMs: 300, styleMs: 200 });
  });

  test('no renderer main thread: all zero', () => {
    expect(mainThreadCost([task(1, 1, 5000)])).toEqual({ taskMs: 0, longestTaskMs: 0, styleMs: 0 });
  });
});
