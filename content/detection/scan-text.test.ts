import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText, walkText } from './collect-text';
import { isInSkippedSubtree } from './skip-rules';
import { compileMatcher, enabledNames, INVISIBLE_CHARS } from './match-names';
import type { Mention } from './mention';
import { mayMention, scanChunk } from './scan-text';

const matcher = compileMatcher(
  enabledNames([ISOTRETINOIN], { isotretinoin: { brands: true, international: true, misspellings: true } }),
);
const scan = (root: Node = document.body): Mention[] =>
  collectText(root).flatMap((chunk) => scanChunk(chunk, matcher));
const rangeText = (h: Mention): string => {
  const r = document.createRange();
  r.setStart(h.startNode, h.startOffset);
  r.setEnd(h.endNode, h.endOffset);
  return r.toString();
};
const found = (root?: Node): string[] => scan(root).map(rangeText);
const mayMatch = (text: string): boolean => matcher.test(text);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('scanner', () => {
  it('reads computed style only where a name starts or ends against a letter of another element', () => {
    const style = vi.spyOn(window, 'getComputedStyle');
    document.body.innerHTML =
      '<p>Iso<b>tret</b>inoin and Myo<span>risan</span>, <a>link</a>s and <b>bold</b>ed prose, Accutane.</p>';
    expect(found()).toEqual(['Isotretinoin', 'Myorisan', 'Accutane']);
    expect(style).not.toHaveBeenCalled();
    // A name against another element's letters: only CSS can say whether they read as one word.
    document.body.innerHTML = '<p><span>pre</span><span>accutane</span> <a>acne</a><a>Claravis</a></p>';
    expect(found()).toEqual([]);
    expect(style).toHaveBeenCalled();
    style.mockRestore();
  });

  it('text with no layout (here: a DOM that renders nothing) is set apart at joins of padded pills', () => {
    // Flex and grid items are covered in a real browser (tests/e2e, detection-adjacent.html).
    document.body.innerHTML =
      '<p><span style="padding:0 4px">dry</span><span style="padding:0 4px">Roaccutan</span>eczema</p>' +
      '<p><span style="margin-left:4px">acne</span><b style="margin-left:4px">isotretinoin</b></p>' +
      '<p><span style="display:inline-block">pre</span><span style="display:inline-block">accutane</span></p>';
    expect(found()).toEqual(['Roaccutan', 'isotretinoin']);
  });

  it('maps a match to its text node and offsets', () => {
    document.body.innerHTML = '<p>I took Accutane for acne.</p>';
    const [hit, ...rest] = scan();
    expect(rest).toEqual([]);
    expect(hit?.startNode).toBe(document.querySelector('p')!.firstChild);
    expect([hit?.startOffset, hit?.endOffset]).toEqual([7, 15]);
    expect(hit?.text).toBe('Accutane');
    expect(hit?.name.text).toBe('Accutane');
  });

  it('finds a name split across inline elements', () => {
    document.body.innerHTML =
      '<p>Take Iso<em>tret</em><b><i>inoin</i></b> daily, <a href="#">Accu</a>tane too</p>';
    const hits = scan();
    expect(hits.map(rangeText)).toEqual(['Isotretinoin', 'Accutane']);
    expect(hits[0]?.startNode.data).toBe('Take Iso');
    expect(hits[0]?.endNode.data).toBe('inoin');
    expect(hits[0]?.endOffset).toBe(5);
  });

  it('treats block elements as word boundaries', () => {
    document.body.innerHTML =
      '<table><tr><td>Price</td><td>Accutane</td></tr></table><div>Acc</div><div>utane</div>' +
      '<ul><li>Absorica</li><li>LD</li></ul>Sotret<br>LD';
    expect(found()).toEqual(['Accutane', 'Absorica', 'Sotret']);
  });

  it('skips form fields, code, editable regions and the extension UI', () => {
    document.body.innerHTML = `
      <p data-expect="match">isotretinoin</p>
      <textarea>Accutane</textarea><input value="Accutane"><select><option>Accutane</option></select>
      <script>var a = "Accutane";</script><style>/* Accutane */</style><noscript>Accutane</noscript>
      <template>Accutane</template>
      <div contenteditable="true"><p>Accutane <b>Accutane</b></p></div>
      <div contenteditable=""><span>Accutane</span></div>
      <div contenteditable="false"><span>Absorica</span></div>
      <medglance-card>Accutane</medglance-card>`;
    expect(found()).toEqual(['isotretinoin', 'Absorica']);
  });

  it('walks open shadow roots in place, nested ones too', () => {
    document.body.innerHTML =
      '<p>Accutane</p><div id="host"><span>slotted Claravis</span></div><p>Epuris</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Absorica LD</p><div id="inner"></div><slot></slot>';
    shadow.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<b>Zenatane</b>';
    const roots: ShadowRoot[] = [];
    const texts = collectText(document.body, (s) => roots.push(s)).flatMap((c) =>
      scanChunk(c, matcher).map(rangeText),
    );
    expect(texts).toEqual(['Accutane', 'Absorica LD', 'Zenatane', 'Claravis', 'Epuris']);
    expect(roots).toHaveLength(2);
  });

  it('never walks into the shadow root of its own UI', () => {
    document.body.innerHTML = '<medglance-card></medglance-card><p>Myorisan</p>';
    document.querySelector('medglance-card')!.attachShadow({ mode: 'open' }).innerHTML = 'Accutane';
    expect(found()).toEqual(['Myorisan']);
  });

  it('reads through soft hyphens and zero-width characters', () => {
    document.body.innerHTML = '<p>Iso\u00adtret\u200binoin and Acc\u00ad<b>u\u200dtane</b>\u00ad.</p>';
    const hits = scan();
    expect(hits.map((h) => h.text)).toEqual(['Isotretinoin', 'Accutane']);
    expect(hits.map(rangeText)).toEqual(['Iso\u00adtret\u200binoin', 'Acc\u00adu\u200dtane']);
    // A soft hyphen inside a longer word does not create a boundary.
    document.body.innerHTML = '<p>x\u00adisotretinoin</p>';
    expect(found()).toEqual([]);
  });

  it('skips list items that cannot match, but still finds split names in the others', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      i === 7
        ? '<li>took Iso<em>tret</em>inoin</li>'
        : i === 20
          ? '<li><p>Accutane</p><div>Reply</div></li>'
          : `<li>item ${i}</li>`,
    );
    document.body.innerHTML = `<ul>${items.join('')}</ul>`;
    const visited: string[] = [];
    const cursor = walkText(document.body, undefined, (text) => {
      visited.push(text);
      return matcher.test(text);
    });
    const hits: string[] = [];
    for (let c = cursor.next(); c; c = cursor.next()) {
      expect(c.text).not.toContain('item 3');
      hits.push(...scanChunk(c, matcher).map(rangeText));
    }
    expect(hits).toEqual(['Isotretinoin', 'Accutane']);
    expect(visited).toHaveLength(30);
  });

  it('pauses inside a long list it prunes, so one slice never reads a whole page of skipped items', () => {
    // 2,000 list items without a name, 100 characters each: pruning reads each item's text to rule it
    // out, which is work too. A walk asked for 10,000 characters must stop after about that much.
    const items = Array.from({ length: 2_000 }, (_, i) => `<li>${`item ${i} `.padEnd(100, '.')}</li>`);
    document.body.innerHTML = `<ul>${items.join('')}<li>Accutane</li></ul>`;
    let tested = 0;
    const cursor = walkText(document.body, undefined, (text) => {
      tested += text.length;
      return matcher.test(text);
    });
    const first = cursor.next(10_000);
    expect(first).not.toBeNull();
    expect(tested).toBeLessThan(20_000);
    const hits: string[] = [];
    for (let c = first; c; c = cursor.next(10_000)) hits.push(...scanChunk(c, matcher).map(rangeText));
    expect(hits).toEqual(['Accutane']);
  });

  it('knows when a node lies inside a skipped region', () => {
    document.body.innerHTML = '<div contenteditable><p><b>x</b></p></div><p><i>y</i></p>';
    expect(isInSkippedSubtree(document.querySelector('b')!.firstChild!)).toBe(true);
    expect(isInSkippedSubtree(document.querySelector('i')!.firstChild!)).toBe(false);
  });
});

describe('scanner: chunking', () => {
  const block = fc.record({
    tag: fc.constantFrom('p', 'div', 'li', 'span', 'em'),
    words: fc.array(fc.constantFrom('Accutane', 'isotretinoin', 'tretinoin', 'acne', 'Absorica LD', 'x'), {
      maxLength: 6,
    }),
  });

  it('finds the same mentions whatever the chunk size, with or without pruning long lists', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (blocks, size) => {
        document.body.innerHTML = `<div>${blocks.map((b) => `<${b.tag}>${b.words.join(' ')}</${b.tag}>`).join('')}</div>`;
        const whole = scan().map(rangeText);
        const cursor = walkText(document.body, undefined, mayMatch);
        const sliced: string[] = [];
        for (let c = cursor.next(size); c; c = cursor.next(size))
          sliced.push(...scanChunk(c, matcher).map(rangeText));
        expect(sliced).toEqual(whole);
      }),
      { numRuns: 80 },
    );
  });
});

describe('the cheap presence test (mayMention)', () => {
  it('says yes for a name broken by any invisible character, and no for text without a name', () => {
    for (const c of INVISIBLE_CHARS) {
      expect(mayMention(`long text, then Accu${c}tane and more`, matcher), JSON.stringify(c)).toBe(true);
      expect(mayMention(`long text${c} with no name at all`, matcher), JSON.stringify(c)).toBe(false);
    }
    expect(mayMention('plain words about acne and skin', matcher)).toBe(false);
    expect(mayMention('a name further on: Isotroin', matcher)).toBe(true);
  });
});
