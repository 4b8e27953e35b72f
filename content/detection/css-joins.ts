import { BLOCK_SEPARATOR, type TextChunk } from './collect-text';
import { wordCharBefore, type NameMatcher } from './match-names';

// Frameworks render sibling elements with no whitespace between them, so tag chips, menus, pills and
// label/value rows reach the scan as one run of letters ("acneisotretinoinskin"), which the whole-word
// rule rejects. Where a name starts or ends exactly at such a join, the page's layout says whether the
// two sides read as one word. Layout is read only there: a split name (`Iso<b>tret</b>inoin`) and
// ordinary prose have no such join.

/** Longest name looked for around a join (no name is longer). */
const MAX_NAME = 40;

/** True for a letter, digit or mark at `i` (a surrogate pair read whole). */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return wordCharBefore(text, c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1);
}

/** The box of `node`'s characters [start, end), or null when they have none (not rendered). */
function glyphBox(node: Text, start: number, end: number): DOMRect | null {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const box = range.getBoundingClientRect();
  return box.width || box.height ? box : null;
}

/** The elements around `node` (innermost first) that do not hold `other`. */
function elementsWithout(node: Text, other: Text): Element[] {
  const out: Element[] = [];
  for (let el = node.parentElement; el && !el.contains(other); el = el.parentElement) out.push(el);
  return out;
}

/**
 * For text that is not rendered (a hidden panel, a closed section), where there is no layout to look
 * at: an element between the two sides is laid out as a block (a flex or grid item, a block), or has
 * padding, a margin or a border on that side.
 */
function styledApart(before: Text, after: Text): boolean {
  const sides = [
    [elementsWithout(after, before), 'Left'],
    [elementsWithout(before, after), 'Right'],
  ] as const;
  for (const [elements, side] of sides)
    for (const el of elements) {
      const style = getComputedStyle(el);
      // '' where a DOM computes no display (happy-dom): taken as inline.
      if (!['inline', 'inline-block', 'contents', ''].includes(style.display)) return true;
      for (const width of [style[`padding${side}`], style[`margin${side}`], style[`border${side}Width`]])
        if (Number.parseFloat(width) > 0) return true;
    }
  return false;
}

/**
 * True when the page shows `after`'s first character apart from `before`'s last, which the markup joins
 * with no space: on another line, or with a gap wider than a sliver of the font size (a flex gap,
 * padding, a grid column). Glyphs that touch read as one word, whatever the elements' display (per-letter
 * inline-block spans of an animated headline).
 */
export function setApart(before: Text, after: Text): boolean {
  const a = glyphBox(before, before.data.length - 1, before.data.length);
  const b = glyphBox(after, 0, 1);
  if (!a || !b) return styledApart(before, after);
  if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= 0) return true;
  const gap = Math.max(b.left - a.right, a.left - b.right); // either direction: RTL text too
  return gap > Math.max(1, 0.15 * Math.min(a.height, b.height));
}

/** True when a name ends exactly at `at`, starting at a word start or at a text node's start before it. */
function nameEndsAt(chunk: TextChunk, i: number, at: number, matcher: NameMatcher): boolean {
  const { text, starts } = chunk;
  let j = i - 1;
  for (let p = at - 1; p >= 0 && at - p <= MAX_NAME; p--) {
    while (j > 0 && starts[j]! > p) j--;
    const wordStart = !wordCharBefore(text, p);
    if ((wordStart || starts[j] === p) && matcher.isName(text.slice(p, at))) return true;
    if (wordStart) return false;
  }
  return false;
}

/**
 * Offsets in `chunk.text` where one text node ends and the next begins with letters on both sides, a
 * name starts or ends there, and the page shows the two apart (`<a>acne</a><a>isotretinoin</a>` in a
 * flex row with a gap).
 */
export function joinsSetApart(chunk: TextChunk, matcher: NameMatcher): number[] {
  const { text, nodes, starts } = chunk;
  const out: number[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const at = starts[i]!;
    // Not adjacent (a block boundary between them), or not letter against letter.
    if (at !== starts[i - 1]! + nodes[i - 1]!.data.length) continue;
    if (!wordCharBefore(text, at) || !wordCharAt(text, at)) continue;
    const named = matcher.nameAt(text, at) > 0 || nameEndsAt(chunk, i, at, matcher);
    if (named && setApart(nodes[i - 1]!, nodes[i]!)) out.push(at);
  }
  return out;
}

/** `chunk` with a separator at each of `offsets` (node starts), so no word runs across them. */
export function separatedAt(chunk: TextChunk, offsets: readonly number[]): TextChunk {
  const parts: string[] = [];
  let from = 0;
  for (const at of offsets) {
    parts.push(chunk.text.slice(from, at), BLOCK_SEPARATOR);
    from = at;
  }
  parts.push(chunk.text.slice(from));
  let k = 0;
  const starts = chunk.starts.map((s) => {
    while (k < offsets.length && offsets[k]! <= s) k++;
    return s + k;
  });
  return { text: parts.join(''), nodes: chunk.nodes, starts };
}
