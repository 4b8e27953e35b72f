import * as fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { collectText } from './collect-text';
import type { PresenceTest } from './match-names';
import { documentMayMention } from './presence-check';
import { body, check, checkDocument, filler, list, matcher, pages } from './presence-pages.test-support';
import { scanChunk } from './scan-text';

describe('page-load presence check', () => {
  test('a page without any name is settled', async () => {
    expect(await check(body(list(filler)))).toBe(false);
  });

  test('finds a name in one item of a long list, and a name split across inline elements', async () => {
    expect(await check(body(list([...filler, 'I take Accutane'])))).toBe(true);
    expect(await check(body(list([...filler, 'Iso<em>tret</em>inoin helped'])))).toBe(true);
    expect(await check(body(`<p>before</p>Iso<b>troin</b><p>after</p>`))).toBe(true);
  });

  test('names only in skipped subtrees of a split level do not count', async () => {
    const html = list(filler) + '<script>var x = "Accutane"</script><textarea>Isotroin</textarea>';
    expect(await check(body(html + '<div contenteditable="true">isotretinoin</div>'))).toBe(false);
  });

  test('finds a name deep below the split levels and inside an open shadow root', async () => {
    const deep = '<div>'.repeat(10) + '<p>Roaccutane</p>' + '</div>'.repeat(10);
    expect(await check(body(deep))).toBe(true);
    const root = body('<div id="host"></div>');
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Claravis</p>';
    expect(await check(root)).toBe(true);
  });

  test('never says "no" where the scan finds a mention', async () => {
    const piece = fc.constantFrom('Accutane', 'Iso<i>troin</i>', 'acne', 'tretinoin', ' ', 'word');
    const tree = pages(piece, ['p', 'div', 'li', 'span', 'em', 'section', 'td'], 10);
    await fc.assert(
      fc.asyncProperty(tree, async (html) => {
        const root = body(html);
        const found = collectText(root).some((chunk) => scanChunk(chunk, matcher).length > 0);
        if (found) expect(await check(root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('items of a long list are read whole', () => {
  const item = fc
    .array(
      fc.constantFrom(
        '<p>plain words</p>',
        '<p>I took <b>Accu</b>tane</p>',
        '<div><p>deeper</p><p>Isotroin here</p></div>',
        '<span class="meta">by someone</span>',
        '<script>var n = "Claravis"</script>',
        '<textarea>Roaccutane</textarea>',
        '<div contenteditable="true">Absorica</div>',
        '<div class="host"></div>',
      ),
      { maxLength: 4 },
    )
    .map((parts) => `<article>${parts.join('')}</article>`);
  const page = fc
    .tuple(fc.array(item, { minLength: 16, maxLength: 24 }), fc.boolean())
    .map(([items, shadowName]) => ({ html: `<div><section>${items.join('')}</section></div>`, shadowName }));

  test('never says "no" where the scan finds a mention (blocks, skipped fields and shadow roots in items)', async () => {
    await fc.assert(
      fc.asyncProperty(page, async ({ html, shadowName }) => {
        const root = body(html);
        for (const host of root.querySelectorAll('.host'))
          host.attachShadow({ mode: 'open' }).innerHTML = shadowName ? '<p>Sotret</p>' : '<p>none</p>';
        const found = collectText(root).some((chunk) => scanChunk(chunk, matcher).length > 0);
        if (found) expect(await check(root)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('a name only in a web component inside one item of a long list is found', async () => {
    const root = body(list([...filler, '<div class="host"></div>', ...filler]));
    root.querySelector('.host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Epuris</p>';
    expect(await check(root)).toBe(true);
  });
});

test('a web component added with its own open shadow root may mention (its shadow text counts)', async () => {
  document.body.innerHTML = '';
  const host = document.createElement('forum-post');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Accutane</p>';
  document.body.append(host);
  expect(await check(host)).toBe(true);
});

/** How often the whole-document check tested the body's whole text in one go (it says "no" for `html`). */
const wholeTests = async (html: string): Promise<number> => {
  body(html);
  const whole = document.body.textContent.length;
  let tests = 0;
  const counting: PresenceTest = {
    test: (text) => {
      if (text.length === whole) tests++;
      return matcher.test(text);
    },
    next: (text, from) => {
      if (text.length === whole && from === 0) tests++;
      return matcher.next(text, from);
    },
  };
  expect(await documentMayMention(counting, new AbortController().signal)).toBe(false);
  return tests;
};
/** A page of `n` paragraphs without a name, `chars` characters each. */
const paragraphs = (n: number, chars = 8) => `<p>${'x'.repeat(chars - 1)} </p>`.repeat(n);

describe('the whole document at page load', () => {
  test.each([
    ['a small page', ''],
    ['over 10,000 elements', paragraphs(10_001)],
    ['over 2 M characters', paragraphs(4_000, 600)],
  ])('%s: the same answers', async (_, more) => {
    body(list(filler) + more);
    expect(await checkDocument()).toBe(false);
    body(list([...filler, 'Iso<em>tret</em>inoin helped']) + more);
    expect(await checkDocument()).toBe(true);
    // A name only in a script, a field or an editor: the whole text has it, the walk leaves it out.
    body(`${list(filler)}${more}<script>var x = "Accutane"</script><textarea>Isotroin</textarea>`);
    expect(await checkDocument()).toBe(false);
    const root = body(`<p>nothing here</p>${more}<div id="host"></div>`);
    root.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Claravis</p>';
    expect(await checkDocument()).toBe(true);
  });

  test('tests the body whole only with at most 10,000 elements and 2 M characters', async () => {
    expect(await wholeTests(list(filler))).toBe(1);
    // An app shell that has since rendered a big feed is walked in slices.
    expect(await wholeTests(paragraphs(10_001))).toBe(0);
    // So are a few thousand long paragraphs: one regex pass over megabytes would be one long task.
    expect(await wholeTests(paragraphs(4_000, 600))).toBe(0);
    expect(await wholeTests(paragraphs(3_000, 600))).toBe(1);
  });

  test('tells the caller of every open shadow root it read, on the whole-text path too', async () => {
    const root = body('<p>nothing here</p><div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>still nothing</p>';
    const seen: ShadowRoot[] = [];
    expect(await documentMayMention(matcher, new AbortController().signal, (s) => seen.push(s))).toBe(false);
    expect(seen).toEqual([shadow]);
  });
});

test('open shadow roots after elements the page removed while one was read are still read', async () => {
  const root = body(`${'<div>x</div>'.repeat(10)}<div id="a"></div><div>y</div><div id="b"></div>`);
  root.querySelector('#a')!.attachShadow({ mode: 'open' }).innerHTML = '<p>nothing</p>';
  root.querySelector('#b')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Accutane</p>';
  const seen: string[] = [];
  // The page removes the first ten elements while the first shadow root is being read.
  const visit = (shadow: ShadowRoot) => {
    seen.push(shadow.host.id);
    if (shadow.host.id === 'a') for (let i = 0; i < 10; i++) root.firstElementChild!.remove();
  };
  expect(await documentMayMention(matcher, new AbortController().signal, visit)).toBe(true);
  expect(seen).toEqual(['a', 'b']);
});

test('open shadow roots after elements the page removed during a yield are still read', async () => {
  const root = body(`${'<div>x</div>'.repeat(1_100)}<div id="b"></div>`);
  root.querySelector('#b')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Accutane</p>';
  // Every slice is used up at once, and the page removes 200 elements while we yield.
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
  let yields = 0;
  vi.stubGlobal('scheduler', {
    yield: async () => {
      if (yields++ === 0) for (let i = 0; i < 200; i++) root.firstElementChild!.remove();
    },
  });
  try {
    expect(await documentMayMention(matcher, new AbortController().signal)).toBe(true);
    expect(yields).toBeGreaterThan(0);
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  }
});
