import { afterEach, describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText } from './collect-text';
import { compileMatcher, enabledNames } from './match-names';
import type { Mention } from './mention';
import { scanChunk } from './scan-text';

/**
 * Property-based tests of the real scanner (collect-text + scan-text + match-names) on random DOM trees:
 * names placed in allowed and excluded contexts, split across inline elements, inside open shadow roots,
 * among look-alikes. The model knows which names it placed where; the scanner must never throw, must
 * find exactly the allowed ones, and must never report a range inside an excluded context.
 */
const matcher = compileMatcher(
  enabledNames([ISOTRETINOIN], { isotretinoin: { brands: true, international: true, misspellings: true } }),
);

/** A generated piece of DOM and the names the scanner must find in it (allowed contexts only). */
interface Piece {
  build(): Node[];
  expected: string[];
}

const NAMES = [
  'Accutane',
  'isotretinoin',
  'Roaccutane',
  'Isotroin',
  'Absorica LD',
  'изотретиноин',
  'Claravis',
];
// Never a mention: other medicines, longer words that start or end with a name, everyday words.
const NOT_NAMES = [
  'tretinoin',
  'alitretinoin',
  'acitretin',
  'Accutanes',
  'preAccutane',
  'acne',
  'skin',
  'LDL',
];

const text = (s: string): Node[] => [document.createTextNode(s)];
const el = (tag: string, children: Node[], attrs: Record<string, string> = {}): Node => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
};

// Leaves are padded with spaces so that only the pieces meant to join words (split names) do.
const namePiece: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom('', 'upper', 'lower'), fc.constantFrom(' ', ' (', ' "'))
  .map(([name, casing, before]) => {
    const shown = casing === 'upper' ? name.toUpperCase() : casing === 'lower' ? name.toLowerCase() : name;
    const after = { ' ': ' ', ' (': '), ', ' "': '". ' }[before]!;
    return { build: () => text(`${before}${shown}${after}`), expected: [shown] };
  });

const otherPiece: fc.Arbitrary<Piece> = fc
  .constantFrom(...NOT_NAMES)
  .map((w) => ({ build: () => text(` ${w} `), expected: [] }));

// "Iso<em>tret</em>inoin": one word across inline elements, still one mention.
const splitPiece: fc.Arbitrary<Piece> = fc
  .tuple(
    fc.constantFrom('em', 'b', 'span', 'a'),
    fc.constantFrom(['Iso', 'tret', 'inoin'], ['Accu', 'ta', 'ne']),
  )
  .map(([tag, [a, b, c]]) => ({
    build: () => [document.createTextNode(` ${a}`), el(tag, text(b!)), document.createTextNode(`${c} `)],
    expected: [`${a}${b}${c}`],
  }));

const EXCLUDED: Array<[string, Record<string, string>]> = [
  ['script', {}],
  ['style', {}],
  ['noscript', {}],
  ['textarea', {}],
  ['div', { contenteditable: 'true' }],
  ['span', { contenteditable: '' }],
  ['medglance-card', {}],
];

const tree: fc.Arbitrary<Piece> = fc.letrec<{ piece: Piece }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    namePiece,
    otherPiece,
    splitPiece,
    // Inline and block containers: allowed contexts.
    fc
      .tuple(
        fc.constantFrom('span', 'em', 'b', 'p', 'div', 'li', 'td'),
        fc.array(tie('piece'), { maxLength: 4 }),
      )
      .map(([tag, kids]) => ({
        build: () => [
          el(
            tag,
            kids.flatMap((k) => k.build()),
          ),
        ],
        expected: kids.flatMap((k) => k.expected),
      })),
    // An excluded context: nothing inside counts, however deep. (Script/style/textarea hold text only.)
    fc
      .tuple(fc.constantFrom(...EXCLUDED), fc.array(tie('piece'), { maxLength: 3 }))
      .map(([[tag, attrs], kids]) => ({
        build: () => {
          const nodes = kids.flatMap((k) => k.build());
          const textOnly = ['script', 'style', 'noscript', 'textarea'].includes(tag);
          return [el(tag, textOnly ? text(nodes.map((n) => n.textContent).join('')) : nodes, attrs)];
        },
        expected: [],
      })),
    // An open shadow root: its content counts (the host's light children too).
    fc
      .tuple(fc.array(tie('piece'), { maxLength: 3 }), fc.array(tie('piece'), { maxLength: 2 }))
      .map(([inside, light]) => ({
        build: () => {
          const host = document.createElement('div');
          host.attachShadow({ mode: 'open' }).append(...inside.flatMap((k) => k.build()));
          host.append(...light.flatMap((k) => k.build()));
          return [host];
        },
        expected: [...inside, ...light].flatMap((k) => k.expected),
      })),
  ),
})).piece;

/** True when `node` is inside an excluded element, across shadow boundaries. */
function inExcluded(node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n instanceof Element) {
      const editable = n.getAttribute('contenteditable');
      if (EXCLUDED.some(([tag]) => tag === n!.nodeName.toLowerCase() && tag !== 'div' && tag !== 'span'))
        return true;
      if (editable !== null && editable !== 'false') return true;
    }
    const parent: Node | null = n.parentNode;
    n = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

const hitText = (h: Mention): string => {
  const r = document.createRange();
  r.setStart(h.startNode, h.startOffset);
  r.setEnd(h.endNode, h.endOffset);
  return r.toString();
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('scanner on random DOM trees', () => {
  it('never throws, finds exactly the allowed names, never reports an excluded context', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (pieces) => {
        document.body.replaceChildren(...pieces.flatMap((p) => p.build()));
        const hits = collectText(document.body).flatMap((chunk) => scanChunk(chunk, matcher));
        const found = hits.map(hitText);
        const expected = pieces.flatMap((p) => p.expected);
        expect(found.toSorted()).toEqual(expected.toSorted());
        expect(hits.filter((h) => inExcluded(h.startNode) || inExcluded(h.endNode))).toEqual([]);
        document.body.replaceChildren();
      }),
      { numRuns: 300 },
    );
  });
});
