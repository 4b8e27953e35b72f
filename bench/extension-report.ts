import type { FileSize } from './content-script-size';
import type { ExtensionResults } from './extension-bench';
import type { HighlightVariant } from './highlight-experiment';
import { median } from './report';

const f = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const kb = (bytes: number): string => `${f(bytes / 1024)} KiB`;

/** The extension scenarios as markdown: what was measured, against which reference. */
export function extensionMarkdown(x: ExtensionResults, highlights: readonly HighlightVariant[]): string[] {
  const lines = [
    '',
    '### With the real extension',
    '',
    "Our time = main-thread CPU time (each task's thread time in a trace) split by a CPU profile's samples in that task: the share with one of the extension's scripts on the stack, natives they call included, or inside the trace's own record of one running; the floor = the same for `textContent` + one regex test run in the same page right after (10 in a row, divided by 10; the goals are judged against it). \"Floor once\" is the same check run a single time before those ten, as a script checking a page runs it (its first regex use and first text read in the page included).",
    '',
    '| page without a name | text | ours | floor | ours ÷ floor | floor once | ours ÷ floor once | our largest share of one task |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...x.noMention.map(
      (p) =>
        `| ${p.page} | ${f(p.chars / 1000, 0)} K | ${f(p.extMs)} ms | ${f(p.floorMs)} ms | ${f(p.ratio)}× | ${f(p.floorOnceMs, 2)} ms | ${f(p.onceRatio)}× | ${f(p.longestTaskMs)} ms |`,
    ),
    '',
    `- First page of a new site (new tab, fresh renderer; ${x.coldPage.runs} runs): ${f(x.coldPage.extMs)} ms of ours, largest share of one task ${f(x.coldPage.longestTaskMs)} ms.`,
    `- ${x.frames.frames} cross-origin frames without a name (one process: site isolation off, so one profile sees all): ${f(x.frames.extMsTotal)} ms for the page and its frames, ${f(x.frames.extMsPerFrame, 2)} ms per frame.`,
    `- Popup open on ${x.popup.page}: the list shows ${x.popup.listShownMs} ms after the popup opens; page main thread ${f(x.popup.closedMsPerS)} ms/s with the popup closed, ${f(x.popup.openMsPerS)} ms/s open (${f(x.popup.addedMsPerS)} ms/s added); largest share of one task while open ${f(x.popup.longestTaskMs, 2)} ms.`,
    `- SPA route swap of ${f(x.spaSwap.chars / 1e6, 2)} M characters: ${x.spaSwap.marked}/${x.spaSwap.mentions} marked ${x.spaSwap.markedAfterMs} ms after the swap; ${f(x.spaSwap.extMs)} ms of ours, largest share of one task ${f(x.spaSwap.longestTaskMs)} ms.`,
    `- Appending 50 nodes (5 mentions) at ${x.append.marks} marks, ${x.append.batches} batches: ${f(x.append.withMs)} ms per batch with the extension vs ${f(x.append.withoutMs)} ms without (same page, second browser): ${f(x.append.addedP50Ms, 2)} ms added (p50), ${f(x.append.addedP95Ms, 2)} ms (p95), paint included; with the underline style instead of the default tint, ${f(x.append.underlineAddedP50Ms, 2)} ms added (p50).`,
    `- First card on ${x.firstCard.page} (5 M characters): on screen ${f(x.firstCard.firstMs, 0)} ms after the ${x.firstCard.hoverDelayMs} ms hover delay (the card module loads during the delay); the next cards ${f(x.firstCard.againMs, 0)} ms (median of five).`,
    ...x.pageLoad.map(
      (p) =>
        `- Whole page through load and 3 s after (${p.page}, ${f(p.chars / 1e6, 2)} M characters, ${p.mentions} mentions, ${p.marked} marked; the page's main thread, its own work and ours, rendering included): ${f(p.with.taskMs, 0)} ms with the extension vs ${f(p.without.taskMs, 0)} ms without; longest task ${f(p.with.longestTaskMs, 0)} vs ${f(p.without.longestTaskMs, 0)} ms; style recalculation ${f(p.with.styleMs, 0)} vs ${f(p.without.styleMs, 0)} ms.`,
    ),
    '',
    'Chunked highlights (a plain page, no extension; main-thread ms per batch of 50 appended nodes, paint included):',
    '',
    '| marks | no marks (same DOM) | one Highlight | Highlights of 50 | one Highlight, live Ranges |',
    '| --- | --- | --- | --- | --- |',
    ...[1000, 4000].map((marks) => {
      const v = (name: HighlightVariant['variant']) =>
        f(highlights.find((h) => h.marks === marks && h.variant === name)?.batchMs ?? NaN);
      return `| ${marks} | ${v('no marks (same DOM)')} | ${v('one Highlight')} | ${v('Highlights of 50')} | ${v('one Highlight, live Ranges')} |`;
    }),
  ];
  return lines;
}

/** Issue 13's goals for the extension scenarios, each with whether this run meets it. */
export function extensionTargets(
  x: ExtensionResults,
  sizes: FileSize[] | { skipped: string },
): [boolean, string][] {
  const out: [boolean, string][] = [];
  const medianRatio = median(x.noMention.map((p) => p.ratio));
  const onceRatio = median(x.noMention.map((p) => p.onceRatio));
  out.push([
    medianRatio <= 1,
    `pages without a name: median ${f(medianRatio)}× the floor (goal ≤ 1.0×; ${f(onceRatio)}× the floor run once)`,
  ]);
  const oneMb = x.noMention.find((p) => p.page === '/plain-1m.html');
  if (oneMb)
    out.push([
      oneMb.ratio <= 1,
      `1 MB page without a name: ${f(oneMb.ratio)}× the floor (goal ≤ 1.0×; ${f(oneMb.onceRatio)}× the floor run once)`,
    ]);
  out.push([
    x.coldPage.extMs <= 8 && x.coldPage.longestTaskMs <= 16,
    `first page of a new site: ${f(x.coldPage.extMs)} ms, largest task share ${f(x.coldPage.longestTaskMs)} ms (goal ≤ 8 ms, no task > 16 ms)`,
  ]);
  out.push([
    x.frames.extMsPerFrame <= 1,
    `empty cross-origin frames: ${f(x.frames.extMsPerFrame, 2)} ms per frame (goal ≤ 1 ms)`,
  ]);
  out.push([
    x.popup.listShownMs <= 1000 && x.popup.addedMsPerS <= 10 && x.popup.longestTaskMs <= 50,
    `popup open: list in ${x.popup.listShownMs} ms, ${f(x.popup.addedMsPerS)} ms/s added, largest task share ${f(x.popup.longestTaskMs, 2)} ms (goal ≤ 1 s, ≤ 10 ms/s, no task > 50 ms)`,
  ]);
  out.push([
    x.spaSwap.longestTaskMs <= 50,
    `SPA route swap: largest task share ${f(x.spaSwap.longestTaskMs)} ms (goal ≤ 50 ms)`,
  ]);
  out.push([
    x.append.addedP50Ms <= 1,
    `50 appended nodes at ${x.append.marks} marks: ${f(x.append.addedP50Ms, 2)} ms added p50 (goal ≤ 1 ms)`,
  ]);
  out.push([
    x.firstCard.firstMs <= 100,
    `first card: ${f(x.firstCard.firstMs, 0)} ms after the hover delay (goal ≤ 100 ms)`,
  ]);
  if (!('skipped' in sizes)) {
    const content = sizes.find((s) => s.file.startsWith('content-scripts/'));
    if (content)
      out.push([
        content.gzipBytes <= 15 * 1024,
        `content script in every frame: ${kb(content.gzipBytes)} gzip (goal ≤ 15 KiB; page, card and popup list load on use)`,
      ]);
  }
  return out;
}
