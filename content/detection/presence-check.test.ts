import * as fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText } from './collect-text';
import { compileMatcher, enabledNames, type PresenceTest } from './match-names';
import { documentMayMention, namesOnlyInSkipped, subtreeMayMention } from './presence-check';
import { scanChunk } from './scan-text';

const matcher = compileMatcher(
  enabledNames([ISOTRETINOIN], { isotretinoin: { brands: true, international: true, misspellings: true } }),
);
const check = (root: Node) => subtreeMayMention(root, matcher, new AbortController().signal);
const body = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body;
};
const list = (items: string[]) => `<div><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>`;
const filler = Array.from({ length: 12 }, (_, i) => `comment ${i} about acne`);

/** Random pages: `piece`s, nested in elements of `tags` with up to `children` children each. */
const pages = (piece: fc.Arbitrary<string>, tags: string[], children: number): fc.Arbitrary<string> =>
  fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece,
      fc
        .tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: children }))
        .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;

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

const checkDocument = () => documentMayMention(matcher, new AbortController().signal);
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

describe('names only in skipped elements, found from the whole text', () => {
  const script = '<script>var note = "Accutane";</script>';
  test.each([
    [
      'only in skipped elements, among comments and nested boxes',
      '<div><p>a<!-- Accutane -->b</p><div><textarea>Accutane</textarea></div></div><script>Isotroin</script><p>end</p>',
      true,
    ],
    [
      'in an editor and in a field only',
      '<div contenteditable="true"><p>Accutane</p></div><select><option>Isotroin</option></select>',
      true,
    ],
    [
      'in an editor inside an inline element',
      '<p>see <em><span contenteditable="true">Epuris</span></em> here</p>',
      true,
    ],
    ['in the same script again and again', `<p>a</p>${script}<p>b</p>${script}<div>${script}</div>`, true],
    ['in a script, and shown with the same words', `${script}<pre>var note = "Accutane";</pre>`, false],
    [
      'in a script, and shown later, deep in nested boxes',
      '<script>Isotroin</script><div><div><p>x</p><p>I take <b>Roaccutane</b></p></div></div>',
      false,
    ],
    ['shown before a skipped one', '<p>Claravis</p><script>Isotroin</script>', false],
    [
      'shown right after a skipped element that ends in its first letters',
      '<p><textarea>Ro</textarea>accutane</p>',
      false,
    ],
    ['shown, running into a skipped element', '<p>Roaccu<textarea>tane</textarea></p>', false],
    ['across two blocks (not a mention)', '<p>Roaccu</p><p>tane and more</p>', false],
    [
      'with a soft hyphen inside, after a skipped one',
      '<script>Accutane</script><p>Accu\u00adtane</p>',
      false,
    ],
    [
      'shown right after a field whose name runs out of it',
      '<p><textarea>Accutane Ro</textarea>accutane</p>',
      false,
    ],
    [
      'in a field inside an element marked not editable',
      '<div contenteditable="false"><textarea>Accutane</textarea></div>',
      true,
    ],
    [
      'in a script, with invisible characters in it and elsewhere on the page',
      '<script>Accu\u00adtane</script><p>a nurse \u{1f469}\u200d\u2695\ufe0f said</p>',
      true,
    ],
  ])('a name %s: %s', (_, html, only) => {
    const root = body(html);
    expect(namesOnlyInSkipped(root, root.textContent, matcher)).toBe(only);
  });

  test.each([
    ['<p><textarea>Ro</textarea>accutane</p>', true],
    ['<p>Roaccu<textarea>tane</textarea></p>', false],
    ['<p>Roaccu</p><p>tane and more</p>', false],
    ['<style>/* Accutane */</style><p>Iso<em>tret</em>inoin</p>', true],
    ['<script>Accutane</script><p>Accu\u00adtane</p>', true],
  ])('the walk settles what the whole text cannot: %s', async (html, expected) => {
    body(html);
    expect(await checkDocument()).toBe(expected);
  });

  test('never says "no" where the scan finds a mention, wherever names and their parts sit', async () => {
    const piece = fc.constantFrom(
      'Accutane',
      'Accu',
      'tane',
      'Iso<i>troin</i>',
      'Accu\u00adtane',
      'acne ',
      ' ',
      '<!-- Isotroin -->',
      '<script>var a = "Claravis"</script>',
      '<textarea>Roaccutane</textarea>',
      '<style>/* Absorica */</style>',
      '<textarea>Accutane Ro</textarea>',
      'Ro',
      '<span contenteditable="true">x</span>',
      '<div contenteditable="true">Epuris</div>',
    );
    const tree = pages(piece, ['p', 'div', 'span', 'em', 'section'], 8);
    await fc.assert(
      fc.asyncProperty(tree, async (html) => {
        const root = body(html);
        const found = collectText(root).some((chunk) => scanChunk(chunk, matcher).length > 0);
        const answer = await checkDocument();
        // Never "no" where the scan finds a mention; never "yes" where the walk says "no" (it reads an
        // inline element's text whole, an editor inside included, so it may say "yes" where this does not).
        if (found) expect(answer).toBe(true);
        if (answer) expect(await check(root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('stops at the first match the page shows: the skipped elements well after it are not read', () => {
    const root = body(
      '<script>Accutane</script><p>Claravis</p><script>var b = "Isotroin"</script><textarea>Epuris</textarea>',
    );
    const texts: string[] = [];
    const counting: PresenceTest = {
      test: (text) => (texts.push(text), matcher.test(text)),
      next: (text, from) => matcher.next(text, from),
    };
    expect(namesOnlyInSkipped(root, root.textContent, counting)).toBe(false);
    // The element after the shown name is read to learn where it starts; the one after that is not.
    expect(texts).toEqual(['Accutane', 'var b = "Isotroin"']);
  });

  test('names only in skipped elements are settled without building and testing the text again', async () => {
    body(`${list(filler)}<script>var x = "Accutane"</script><p>more</p><textarea>Isotroin</textarea>`);
    const texts: string[] = [];
    const counting: PresenceTest = {
      test: (text) => (texts.push(text), matcher.test(text)),
      next: (text, from) => (from === 0 && texts.push(text), matcher.next(text, from)),
    };
    expect(await documentMayMention(counting, new AbortController().signal)).toBe(false);
    // The body's whole text, and the script's and the field's own: no text the walk builds.
    const own = ['var x = "Accutane"', 'Isotroin'];
    expect(new Set(texts)).toEqual(new Set([document.body.textContent, ...own]));
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
