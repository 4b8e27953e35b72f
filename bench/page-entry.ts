// Bundled (tests/support/page-bundle.ts) and injected into each generated page: the in-page half of the bench.
// Node drives it through `window.medglanceBench`; main-thread busy time is read from outside via CDP.
import { matcher, startDetectionUnderTest, type RunningDetection } from './detection-under-test';

declare const Mark: new (ctx: Element) => {
  markRegExp(re: RegExp, opts: object): void;
  mark(words: string[], opts: object): void;
};

/** One timed run in the page: wall-clock ms of the work and the matches found. */
export interface PageRun {
  ms: number;
  matches: number;
  /** Long tasks (≥ 50 ms, PerformanceObserver 'longtask') seen during the run. */
  longTasksMs: number[];
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
const twoFrames = (): Promise<void> =>
  new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
const longTasksSince = (t0: number): number[] =>
  longTasks.filter((e) => e.startTime + e.duration >= t0).map((e) => Math.round(e.duration));

// mark.js gets the same names and exclusions. Its regex is the names' alternation with our end-of-word guard;
// like ours it has no leading look-behind (DESIGN: ~3× slower), so mark.js is not handicapped by the regex.
const NAMES = matcher.names.map((n) => n.text).toSorted((a, b) => b.length - a.length);
const MARK_REGEX = new RegExp(
  `(?:${NAMES.map((t) => t.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
  'giu',
);
const MARK_EXCLUDE = [
  'textarea',
  'noscript',
  'template',
  'input',
  '[contenteditable]',
  '[contenteditable] *',
];

let running: RunningDetection | undefined;

/** The floor's work: read all text once and run one regex test over it (1 when it may mention). */
const floorOnce = (): number => (matcher.test(document.body.textContent ?? '') ? 1 : 0);

async function timed(work: () => number | Promise<number>): Promise<PageRun> {
  const t0 = performance.now();
  const matches = await work();
  return { ms: performance.now() - t0, matches, longTasksMs: longTasksSince(t0) };
}

const bench = {
  crossOriginIsolated: globalThis.crossOriginIsolated,
  /** "+ paint": ms until two animation frames have run (the first frame painted the result). */
  async paint(): Promise<number> {
    const t0 = performance.now();
    await twoFrames();
    return performance.now() - t0;
  },
  /** Lets load-time work (layout, late tasks) finish before a measurement starts. */
  settle: async (): Promise<void> => {
    await twoFrames();
    await new Promise((ok) => setTimeout(ok, 50));
  },
  /** First use of the matcher's regexes in this renderer (V8 compiles them then): wall ms of each. */
  firstMatcherUse: (): { testMs: number; findAllMs: number } => {
    const t0 = performance.now();
    matcher.test('warm up');
    const t1 = performance.now();
    matcher.findAll('warm up isotretinoin');
    return { testMs: t1 - t0, findAllMs: performance.now() - t1 };
  },
  /** The floor: read all text once and run one regex test over it. */
  floor: (): Promise<PageRun> => timed(floorOnce),
  /** The floor once, as a script checking a page runs it: the first in this page, nothing warmed up. */
  floorOnce,
  /**
   * The floor `times` times in one task: on a small page one floor is shorter than a few profile samples
   * (50 µs each), so the extension bench profiles several and divides.
   */
  floorTimes(times: number): number {
    let found = 0;
    for (let i = 0; i < times; i++) found = floorOnce();
    return found;
  },
  /**
   * floorTimes in a task of its own, called from a timer this script set: the trace then records it as
   * a call into this script (FunctionCall), which the extension bench counts whole, as it counts the
   * content script's evaluation.
   */
  floorTimesInTask: (times: number): Promise<number> =>
    new Promise((resolve) => setTimeout(() => resolve(bench.floorTimes(times)), 0)),
  /** Our scan + highlight (real modules), left running for the hit-test and append measurements. */
  ours: (): Promise<PageRun> =>
    timed(async () => {
      running = await startDetectionUnderTest();
      return running.matches();
    }),
  markRegExp: (): Promise<PageRun> =>
    timed(() => {
      let n = 0;
      new Mark(document.body).markRegExp(MARK_REGEX, { exclude: MARK_EXCLUDE, done: (c: number) => (n = c) });
      return n;
    }),
  markNames: (): Promise<PageRun> =>
    timed(() => {
      let n = 0;
      new Mark(document.body).mark(NAMES, {
        exclude: MARK_EXCLUDE,
        separateWordSearch: false,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '"', "'", ')', '('] },
        diacritics: false,
        done: (c: number) => (n = c),
      });
      return n;
    }),
  /**
   * Times hit-tests at `samples` points, in pairs: scroll a random match to the viewport centre, let the page
   * render (a real pointermove arrives after a rendered frame), then one point at the match's centre and one
   * at a random viewport point. Each point is timed as the hover path calls it, with the event target (the
   * browser finds that target for every pointermove anyway, so it is looked up outside the timing), and
   * without it (hitTest then calls elementFromPoint itself).
   */
  async hitTest(samples: number): Promise<{
    withTargetUs: number[];
    withoutTargetUs: number[];
    hitsAtMatches: number;
    pairs: number;
    randomHits: number;
  }> {
    if (!running) throw new Error('start detection first');
    const session = running;
    // Highlights hold StaticRanges (no geometry): a live Range over the same bounds gives the rects.
    const ranges = [...CSS.highlights.values()].flatMap((h) =>
      ([...h] as AbstractRange[]).map((s) => {
        const r = new Range();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      }),
    );
    if (!ranges.length) throw new Error('no highlighted match to hit-test');
    const withTargetUs: number[] = [];
    const withoutTargetUs: number[] = [];
    let hitsAtMatches = 0;
    let randomHits = 0;
    // Without the target first: Blink caches the last hit-test result, which would flatter a second lookup.
    const time = (x: number, y: number): boolean => {
      let t0 = performance.now();
      session.hitTest(x, y);
      withoutTargetUs.push((performance.now() - t0) * 1000);
      const target = document.elementFromPoint(x, y);
      t0 = performance.now();
      const hit = session.hitTest(x, y, target);
      withTargetUs.push((performance.now() - t0) * 1000);
      return hit !== null;
    };
    const pairs = Math.ceil(samples / 2);
    for (let i = 0; i < pairs; i++) {
      const range = ranges[Math.floor(Math.random() * ranges.length)]!;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      await twoFrames();
      const rect = range.getClientRects()[0]!;
      if (time(rect.left + rect.width / 2, rect.top + rect.height / 2)) hitsAtMatches++;
      if (time(Math.random() * innerWidth, Math.random() * innerHeight)) randomHits++;
    }
    return { withTargetUs, withoutTargetUs, hitsAtMatches, pairs, randomHits };
  },
  /** Appends 50 paragraphs (one in ten mentions a name), then waits until detection has handled them. */
  async appendBatch(batch: number): Promise<number> {
    const box = document.querySelector('main') ?? document.body;
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent =
        i % 10 === 0 ? `new reply ${batch}.${i} about Accutane and dry lips` : `new reply ${batch}.${i}`;
      frag.append(p);
    }
    box.append(frag);
    // Past the observer's batching delay (content/detection/observe-changes.ts, 100 ms), then until the rescan and
    // the frame after it are done. The control series (no detection) waits the same way.
    await new Promise((ok) => setTimeout(ok, 150));
    await running?.settled();
    await twoFrames();
    return running?.matches() ?? 0;
  },
  stop(): void {
    running?.stop();
    running = undefined;
  },
};

declare global {
  interface Window {
    medglanceBench: typeof bench;
  }
}
window.medglanceBench = bench;
