import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../content/detection/match-names';
import { ISOTRETINOIN } from '../medications/isotretinoin';
import { generatePage, PAGE_KINDS, type GeneratedPage, type PageKind } from './generate-pages';

const matcher = compileMatcher(ISOTRETINOIN.names);
const EXCLUDED = 'script, style, textarea, noscript, template, [contenteditable]';

/** Visible text nodes of a parsed page, the way a correct detector sees them. */
function visibleTexts(html: string): { visible: string[]; excluded: string[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const visible: string[] = [];
  const excluded: string[] = [];
  const walk = (node: Node, inExcluded: boolean): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) (inExcluded ? excluded : visible).push(child.textContent ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        const content = el.localName === 'template' ? (el as HTMLTemplateElement).content : el;
        walk(content, inExcluded || el.matches(EXCLUDED));
      }
    }
  };
  walk(doc.documentElement, false);
  return { visible, excluded };
}

// Full-size pages take ~0.3 s each to generate: build each once for the whole file.
const fullSize = new Map<PageKind, GeneratedPage>();
const full = (kind: PageKind): GeneratedPage => {
  let page = fullSize.get(kind);
  if (!page) fullSize.set(kind, (page = generatePage(kind)));
  return page;
};

const count = (texts: string[]): number => texts.reduce((n, t) => n + matcher.findAll(t).length, 0);

describe('benchmark pages (small scale, parsed)', () => {
  it.each(PAGE_KINDS)(
    '%s: the stated mentions are in visible text, names in excluded contexts are extra',
    (kind) => {
      const page = generatePage(kind, 0.05);
      const { visible, excluded } = visibleTexts(page.html);
      expect(count(visible)).toBe(page.mentions);
      expect(count(excluded)).toBeGreaterThanOrEqual(page.excludedMentions);
      if (kind === 'plain') expect(count(excluded)).toBe(0);
      else expect(page.excludedMentions).toBeGreaterThan(0);
      const chars = visible.filter((t) => t.trim()).reduce((n, t) => n + t.length, 0);
      expect(Math.abs(chars - page.visibleChars) / page.visibleChars).toBeLessThan(0.02);
    },
  );
});

describe('benchmark pages (full scale, as issue 3 states them)', () => {
  const stated: Record<PageKind, { mentions: number; minChars: number; maxChars: number }> = {
    article: { mentions: 50, minChars: 180_000, maxChars: 250_000 },
    'no-mention': { mentions: 0, minChars: 950_000, maxChars: 1_100_000 },
    plain: { mentions: 0, minChars: 950_000, maxChars: 1_100_000 },
    forum: { mentions: 1_000, minChars: 2_000_000, maxChars: 2_800_000 },
    huge: { mentions: 500, minChars: 4_800_000, maxChars: 5_600_000 },
  };
  it.each(PAGE_KINDS)('%s has the stated size, mentions and excluded contexts', (kind) => {
    const page = full(kind);
    const want = stated[kind];
    expect(page.mentions).toBe(want.mentions);
    expect(page.visibleChars).toBeGreaterThan(want.minChars);
    expect(page.visibleChars).toBeLessThan(want.maxChars);
    expect(page.excludedMentions > 0).toBe(kind !== 'plain');
    // Strip the excluded contexts and tags from the markup: what is left must hold exactly the stated mentions.
    const text = page.html
      .replace(/<(script|style|textarea|noscript|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<div contenteditable[\s\S]*?<\/div>/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    expect(matcher.findAll(text)).toHaveLength(want.mentions);
  });

  it('forum has 10,000 comments and huge has ~80k text nodes', () => {
    expect(full('forum').html.match(/class="comment"/g)).toHaveLength(10_000);
    const huge = full('huge').html;
    const textNodes = huge.match(/>[^<]*[^<\s][^<]*</g)?.length ?? 0;
    expect(textNodes).toBeGreaterThan(75_000);
    expect(textNodes).toBeLessThan(100_000);
  });

  it('plain has no name anywhere in its markup (the presence check alone settles it)', () => {
    expect(matcher.test(full('plain').html)).toBe(false);
    expect(matcher.test(full('no-mention').html)).toBe(true);
  });

  it('is deterministic: the same page every run', () => {
    expect(generatePage('article').html).toBe(full('article').html);
  });
});
