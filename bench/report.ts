import { availableParallelism } from 'node:os';
import type { FileSize } from './content-script-size';
import type { ExtensionResults } from './extension-bench';
import { extensionMarkdown, extensionTargets } from './extension-report';
import type { HighlightVariant } from './highlight-experiment';
import type { PageKind } from './generate-pages';

/** Medians over the runs of one method on one page. */
export interface MethodStats {
  runs: number;
  /** Wall-clock ms from start to done, measured in the page. */
  ms: number;
  /** Main-thread CPU time of tasks (CDP TaskDuration, thread ticks) from start to done. */
  busyMs: number;
  /** "+ paint": ms until two animation frames after the work. */
  paintMs: number;
  matches: number;
  /** Longest 'longtask' entry (≥ 50 ms) over all runs, 0 when none. */
  maxLongTaskMs: number;
}

export interface PageResult {
  kind: PageKind;
  visibleChars: number;
  expectedMentions: number;
  floor: MethodStats;
  ours: MethodStats;
  /** Longest main-thread task during one traced run of ours: wall and CPU ms. */
  oursLongestTask: { wallMs: number; cpuMs: number };
  markRegExp: MethodStats;
  markNames: MethodStats | { skipped: string };
}

export interface BenchResult {
  timestamp: string;
  quick: boolean;
  /** 1/5/15-minute load average at the end of the run: other work on the machine skews timings. */
  loadAverage: number[];
  browser: string;
  /** First use of the matcher in a fresh renderer process (regex compile, Unicode tables), ms. */
  coldMatcher: { cpuMs: number; testMs: number; findAllMs: number };
  pages: PageResult[];
  hitTest: {
    page: PageKind;
    samples: number;
    p50Us: number;
    p95Us: number;
    maxUs: number;
    /** Without the event target: hitTest calls elementFromPoint itself. */
    withoutTargetP50Us: number;
    withoutTargetP95Us: number;
    hitsAtMatches: string;
    randomHits: number;
    timerResolutionUs: number;
  };
  append: {
    page: PageKind;
    batches: number;
    controlBusyMs: number;
    oursBusyMs: number;
    addedMsP50: number;
    addedMsP95: number;
    matchesAdded: number;
  };
  memory:
    { page: PageKind; matches: number; heapDeltaKb: number; bytesPerMatch: number } | { skipped: string };
  contentScript: FileSize[] | { skipped: string };
  /** Append cost with one Highlight or several, on a plain page (the chunking hypothesis). */
  highlights: HighlightVariant[];
  /** The real extension, side by side with the floor and with a browser without it. */
  extension: ExtensionResults;
}

/** The value at quantile q (0..1) of `values` (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The median: the middle value, or the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const f = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mb = (chars: number): string => `${f(chars / 1e6, 2)} M`;

/** The results as markdown: one comparison table plus the side measurements and the targets. */
export function toMarkdown(r: BenchResult): string {
  const cpus = availableParallelism();
  const lines = [
    'Times are main-thread CPU ms (medians) unless marked wall clock; "+ paint" is the wall time to the second animation frame after.',
    `Chromium ${r.browser}, ${r.quick ? 'QUICK (1 run, 1/10-size pages)' : 'medians of 5 fresh page loads'}, load average ${r.loadAverage.join(' / ')} on ${cpus} cores.`,
    '',
    '| page | text | found / expected | floor | ours: scan + highlight | + paint | ours, wall clock | MB/s | ours ÷ floor | mark.js `markRegExp` | mark.js ÷ ours | longest task of ours (CPU / wall) | mark.js `mark(names)` |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const p of r.pages) {
    const names =
      'skipped' in p.markNames ? `skipped (${p.markNames.skipped})` : `${f(p.markNames.busyMs, 0)} ms`;
    lines.push(
      `| ${p.kind} | ${mb(p.visibleChars)} | ${p.ours.matches} / ${p.expectedMentions} | ${f(p.floor.busyMs)} ms | ` +
        `${f(p.ours.busyMs)} ms | ${f(p.ours.paintMs)} ms | ${f(p.ours.ms)} ms | ` +
        `${f(p.visibleChars / 1e6 / (p.ours.busyMs / 1000), 0)} | ${f(p.ours.busyMs / p.floor.busyMs)}× | ` +
        `${f(p.markRegExp.busyMs, 0)} ms + ${f(p.markRegExp.paintMs, 0)} ms paint (${p.markRegExp.matches} found) | ` +
        `${f(p.markRegExp.busyMs / p.ours.busyMs)}× | ${f(p.oursLongestTask.cpuMs)} / ${f(p.oursLongestTask.wallMs)} ms | ${names} |`,
    );
  }
  const h = r.hitTest;
  const a = r.append;
  lines.push(
    '',
    `- Cold start: the matcher's first use in a fresh renderer process costs ${f(r.coldMatcher.cpuMs)} ms CPU in one task ` +
      `(wall: presence test ${f(r.coldMatcher.testMs)} ms, first findAll ${f(r.coldMatcher.findAllMs)} ms): V8 compiles the regexes. ` +
      'Pages without a name only pay for the presence test. Later pages in the same process reuse them; the table is measured warm.',
    `- Hit-test on ${h.page} (${h.samples} points after a rendered frame, half at match centres, half random; timer resolution ~${h.timerResolutionUs} µs): ` +
      `with the event target as the hover path passes it p50 ${f(h.p50Us, 0)} µs, p95 ${f(h.p95Us, 0)} µs, max ${f(h.maxUs, 0)} µs; ` +
      `without it (hitTest calls elementFromPoint) p50 ${f(h.withoutTargetP50Us, 0)} µs, p95 ${f(h.withoutTargetP95Us, 0)} µs. ` +
      `Matches found at match centres ${h.hitsAtMatches}; random points that hit a match ${h.randomHits}.`,
    `- Appending ${a.batches * 50} nodes in ${a.batches} batches of 50 on ${a.page}: added main-thread time per batch p50 ${f(a.addedMsP50, 2)} ms, ` +
      `p95 ${f(a.addedMsP95, 2)} ms (batch with detection ${f(a.oursBusyMs, 2)} ms vs without ${f(a.controlBusyMs, 2)} ms, medians); ${a.matchesAdded} new mentions highlighted.`,
    'skipped' in r.memory
      ? `- Memory per match: skipped (${r.memory.skipped}).`
      : `- Memory on ${r.memory.page}: a running detection retains ${f(r.memory.heapDeltaKb, 0)} KB of JS heap for ${r.memory.matches} matches ≈ ${f(r.memory.bytesPerMatch, 0)} B per match (freed by stop(), after GC; Blink-side Range memory is not in this number).`,
    'skipped' in r.contentScript
      ? `- Content script: skipped (${r.contentScript.skipped}).`
      : `- Content script (Chrome build): ${r.contentScript.map((s) => `${s.file} ${f(s.bytes / 1024)} KiB, ${f(s.gzipBytes / 1024)} KiB gzip`).join('; ')}.`,
  );
  lines.push(...extensionMarkdown(r.extension, r.highlights));
  lines.push(
    '',
    'Targets (DESIGN.md and issue 13):',
    ...[...targets(r), ...extensionTargets(r.extension, r.contentScript)].map(
      ([ok, text]) => `- ${ok ? 'met' : '**not met**'}: ${text}`,
    ),
  );
  return lines.join('\n');
}

/** Each DESIGN.md target with whether this run meets it. */
export function targets(r: BenchResult): [boolean, string][] {
  const out: [boolean, string][] = [];
  const plain = r.pages.find((p) => p.kind === 'plain');
  if (plain) {
    const perMb = plain.ours.busyMs / (plain.visibleChars / 1e6);
    out.push([perMb <= 4, `page without any name: ${f(perMb, 1)} ms per MB of text (target ≤ 4)`]);
  }
  for (const p of r.pages) {
    const ratio = p.ours.busyMs / p.floor.busyMs;
    const vsMark = p.markRegExp.busyMs / p.ours.busyMs;
    // CPU, not wall: on a loaded machine a task's wall time mostly measures other processes.
    const longest = p.oursLongestTask.cpuMs;
    out.push([ratio <= 3, `${p.kind}: scan + highlight ${f(ratio)}× the floor (target ≤ 3×)`]);
    out.push([vsMark >= 5, `${p.kind}: ${f(vsMark)}× faster than mark.js markRegExp (target ≥ 5×)`]);
    out.push([
      longest <= 50,
      `${p.kind}: longest main-thread task during our scan ${f(longest)} ms CPU (target ≤ 50)`,
    ]);
  }
  out.push([
    r.coldMatcher.cpuMs <= 50,
    `cold start: first matcher use ${f(r.coldMatcher.cpuMs)} ms in one task (≤ 50)`,
  ]);
  out.push([
    r.append.addedMsP95 <= 1,
    `50 appended nodes: p95 ${f(r.append.addedMsP95, 2)} ms added (target ≤ 1)`,
  ]);
  out.push([
    r.hitTest.p95Us <= 100,
    `hit-test on ${r.hitTest.page}: p95 ${f(r.hitTest.p95Us, 0)} µs (target ≤ 100)`,
  ]);
  if (!('skipped' in r.memory))
    out.push([
      r.memory.bytesPerMatch <= 512,
      `memory: ${f(r.memory.bytesPerMatch, 0)} B per match (target ≤ 512)`,
    ]);
  return out;
}
