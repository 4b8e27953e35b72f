// The chunked-highlight hypothesis (issue 13): does registering ranges in several Highlights instead of
// one confine Chromium's repaint after a change? A plain page without the extension: N paragraphs, a
// mark in each, then batches of 50 appended paragraphs (5 with a new mark), timed with CDP TaskDuration
// (main-thread CPU, paint included) against the same page with no marks at all.
import type { CDPSession, Page } from 'playwright-core';
import { taskMs } from './bench-browser';
import { median } from './report';

export interface HighlightVariant {
  marks: number;
  variant: 'no marks (same DOM)' | 'one Highlight' | 'Highlights of 50' | 'one Highlight, live Ranges';
  batchMs: number;
}

type Setup = { marks: number; chunk: number; live: boolean; paint: boolean };

async function variant(page: Page, cdp: CDPSession, setup: Setup, batches: number): Promise<number> {
  const rules = Array.from({ length: 80 }, (_, i) => `::highlight(h${i})`).join(',');
  await page.setContent(
    `<style>${rules},::highlight(h){text-decoration:underline 2px #b45309}</style><main></main>`,
  );
  await page.evaluate((s) => {
    const w = window as unknown as { add(t: Text): void };
    const chunks: Highlight[] = [];
    w.add = (t) => {
      if (!s.paint) return;
      const at = t.data.indexOf('Accutane');
      let range: AbstractRange;
      if (s.live) {
        const r = new Range();
        r.setStart(t, at);
        r.setEnd(t, at + 8);
        range = r;
      } else
        range = new StaticRange({ startContainer: t, startOffset: at, endContainer: t, endOffset: at + 8 });
      let h = chunks.at(-1);
      if (!h || (s.chunk > 0 && h.size >= s.chunk)) {
        h = new Highlight();
        CSS.highlights.set(s.chunk > 0 ? `h${chunks.length}` : 'h', h);
        chunks.push(h);
      }
      h.add(range);
    };
    const main = document.querySelector('main')!;
    for (let i = 0; i < s.marks; i++) {
      const p = document.createElement('p');
      p.textContent = `post ${i} about Accutane and a few more words to fill a line`;
      main.append(p);
      w.add(p.firstChild as Text);
    }
  }, setup);
  await page.waitForTimeout(300);
  const samples: number[] = [];
  for (let k = 0; k < batches; k++) {
    const before = await taskMs(cdp);
    await page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const w = window as unknown as { add(t: Text): void };
          const main = document.querySelector('main')!;
          for (let i = 0; i < 50; i++) {
            const p = document.createElement('p');
            p.textContent = i % 10 === 0 ? `new reply ${i} about Accutane` : `new reply ${i}`;
            main.append(p);
            if (i % 10 === 0) w.add(p.firstChild as Text);
          }
          requestAnimationFrame(() => requestAnimationFrame(() => ok()));
        }),
    );
    samples.push((await taskMs(cdp)) - before);
  }
  return median(samples);
}

/** Each variant at 1,000 and 4,000 existing marks: main-thread ms per appended batch (median). */
export async function highlightExperiment(
  page: Page,
  cdp: CDPSession,
  batches: number,
): Promise<HighlightVariant[]> {
  const out: HighlightVariant[] = [];
  for (const marks of [1000, 4000]) {
    out.push({
      marks,
      variant: 'no marks (same DOM)',
      batchMs: await variant(page, cdp, { marks, chunk: 0, live: false, paint: false }, batches),
    });
    out.push({
      marks,
      variant: 'one Highlight',
      batchMs: await variant(page, cdp, { marks, chunk: 0, live: false, paint: true }, batches),
    });
    out.push({
      marks,
      variant: 'Highlights of 50',
      batchMs: await variant(page, cdp, { marks, chunk: 50, live: false, paint: true }, batches),
    });
    out.push({
      marks,
      variant: 'one Highlight, live Ranges',
      batchMs: await variant(page, cdp, { marks, chunk: 0, live: true, paint: true }, batches),
    });
  }
  return out;
}
