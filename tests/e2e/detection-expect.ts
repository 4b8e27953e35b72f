import type { Frame, Page } from 'playwright-core';
import { MENTION_HIGHLIGHT } from './extension-constants';

/** What a detection fixture page shows against what it expects (data-expected-count, data-expect). */
export interface DetectionReport {
  /** Ranges in the page's MedGlance highlight. */
  readonly count: number;
  /** The page's data-expected-count. */
  readonly expected: number;
  /** Every mismatch with the page's data-expect attributes, in words. */
  readonly problems: string[];
}

/**
 * Reads the page's CSS highlight from the page itself (the registry is per document, so the page sees the
 * ranges the content script registered) and checks it against every data-expect element, including those
 * inside open shadow roots: each "match" element holds exactly one mention covering its whole text, each
 * "none" element holds none, and no mention lies outside a "match" element.
 */
export function readDetectionReport(highlightName: string): DetectionReport {
  const ranges = [...(CSS.highlights.get(highlightName) ?? [])] as AbstractRange[];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: must be self-contained
  const text = (r: AbstractRange): string => {
    const live = new Range();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  };
  const problems: string[] = [];
  const claimed = new Set<AbstractRange>();
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-expect]')) {
      const inside = ranges.filter((r) => el.contains(r.startContainer));
      for (const r of inside) claimed.add(r);
      const got = JSON.stringify(inside.map(text));
      if (el.dataset.expect === 'match') {
        if (inside.length !== 1 || text(inside[0]!) !== el.textContent) {
          problems.push(`expected one mention "${el.textContent}", got ${got}`);
        }
      } else if (inside.length) problems.push(`mention in <${el.localName} data-expect=none>: ${got}`);
    }
  }
  for (const r of ranges) if (!claimed.has(r)) problems.push(`unexpected mention "${text(r)}"`);
  return { count: ranges.length, expected: Number(document.body.dataset.expectedCount), problems };
}

/** readDetectionReport run in a Playwright page or frame. */
export const detectionReport = (target: Page | Frame): Promise<DetectionReport> =>
  target.evaluate(readDetectionReport, MENTION_HIGHLIGHT);

/** Mismatches of the report, including a wrong count; [] when the page is exactly as expected. */
export const reportProblems = (r: DetectionReport): string[] =>
  r.count === r.expected ? r.problems : [`${r.count} mentions, expected ${r.expected}`, ...r.problems];

/** The page's own record (tests/fixtures/detection-integrity.js) of text nodes changed and foreign mutations. */
export function integrity(
  page: Page | Frame,
): Promise<{ changedTexts: string[]; foreignMutations: string[] }> {
  return page.evaluate(() => (window as unknown as { integrity(): never }).integrity());
}
