import { BLOCK_SEPARATOR, type TextChunk } from './collect-text';
import {
  INVISIBLE_CHARS,
  INVISIBLE_CLASS,
  wordCharBefore,
  type NameMatcher,
  type PresenceTest,
} from './match-names';
import { Mention } from './mention';

// Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM: invisible, and sites put them
// inside long words (hyphenation hints, anti-scraping). They are removed before matching.
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu');

/** Index of the last element of sorted `values` that is ≤ `x` (values[0] must be ≤ x). */
function floorIndex(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets in a text with invisible characters removed back to offsets in the original text. */
function invisibleMap(text: string): { stripped: string; toOriginal: (i: number) => number } {
  // removedAt[j] = where the j-th removed character would sit in the stripped text.
  const removedAt: number[] = [];
  for (const m of text.matchAll(INVISIBLE_ALL)) removedAt.push(m.index - removedAt.length);
  const toOriginal = (i: number): number => {
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removedAt[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + lo;
  };
  return { stripped: text.replace(INVISIBLE_ALL, ''), toOriginal };
}

/** True when `text` has an invisible character (offsets in it differ from the scanner's). */
const hasInvisible = (text: string): boolean => INVISIBLE_CHARS.some((c) => text.includes(c));

/** `text` without its invisible characters, as the scanner matches it. */
export const withoutInvisible = (text: string): string =>
  hasInvisible(text) ? text.replace(INVISIBLE_ALL, '') : text;

/**
 * Cheap check that `text` may hold a mention (a superset of scanChunk's matches): one regex pass, the
 * floor's own, and only when it finds no name a look for invisible characters (one native `indexOf`
 * per character, about 1 % of the regex pass); a second pass, without them, only when there are some.
 */
export function mayMention(text: string, matcher: PresenceTest): boolean {
  if (matcher.test(text)) return true;
  if (!hasInvisible(text)) return false;
  return matcher.test(text.replace(INVISIBLE_ALL, ''));
}

/** The outermost element around `node` that does not hold `other` ([] when its parent holds both), inside out. */
function elementsWithout(node: Text, other: Text): Element[] {
  const out: Element[] = [];
  for (let el = node.parentElement; el && !el.contains(other); el = el.parentElement) out.push(el);
  return out;
}

/**
 * True when CSS sets `after`'s text apart from `before`'s, which the markup joins with no space between
 * (frameworks render siblings that way): an element between them is not inline (a flex or grid item,
 * an inline-block pill), or has padding, a margin or a border on that side. Reads computed style: called
 * only where a name would start or end at such a join.
 */
export function setApart(before: Text, after: Text): boolean {
  const sides = [
    [elementsWithout(after, before), 'Left'],
    [elementsWithout(before, after), 'Right'],
  ] as const;
  for (const [elements, side] of sides)
    for (const el of elements) {
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && style.display !== 'contents') return true;
      for (const width of [style[`padding${side}`], style[`margin${side}`], style[`border${side}Width`]])
        if (Number.parseFloat(width) > 0) return true;
    }
  return false;
}

/** Longest name the joins below look for around a node boundary (no name is longer). */
const MAX_NAME = 40;

/**
 * Offsets in `chunk.text` where one text node ends and the next begins with letters on both sides, a
 * name starts or ends there, and CSS sets the two apart (`<a>acne</a><a>isotretinoin</a>` in a flex row).
 * A split name (`Iso<b>tret</b>inoin`) has none: no name starts or ends inside it.
 */
function joinsSetApart({ text, nodes, starts }: TextChunk, matcher: NameMatcher): number[] {
  const out: number[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const at = starts[i]!;
    // Not adjacent (a block boundary between them), or not letter against letter.
    if (at !== starts[i - 1]! + nodes[i - 1]!.data.length) continue;
    if (!wordCharBefore(text, at) || !wordCharBefore(text, at + 1)) continue;
    let wordStart = at;
    while (wordStart > starts[i - 1]! && at - wordStart < MAX_NAME && wordCharBefore(text, wordStart))
      wordStart--;
    // The word may start at the node's own start, glued to the node before it (a row of pills).
    const opens = wordStart === starts[i - 1] || !wordCharBefore(text, wordStart);
    const ends = opens && matcher.nameAt(text, wordStart) === at - wordStart;
    if ((ends || matcher.nameAt(text, at) > 0) && setApart(nodes[i - 1]!, nodes[i]!)) out.push(at);
  }
  return out;
}

/** `chunk` with a separator at each of `offsets` (node starts), so no word runs across them. */
function separatedAt(chunk: TextChunk, offsets: readonly number[]): TextChunk {
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

/** Finds every mention in a chunk and maps it back to text nodes and offsets. */
export function scanChunk(chunk: TextChunk, matcher: NameMatcher): Mention[] {
  const apart = joinsSetApart(chunk, matcher);
  const { text, nodes, starts } = apart.length ? separatedAt(chunk, apart) : chunk;
  const { stripped, toOriginal } = INVISIBLE.test(text)
    ? invisibleMap(text)
    : { stripped: text, toOriginal: (i: number) => i };
  const hits: Mention[] = [];
  for (const m of matcher.findAll(stripped)) {
    const start = toOriginal(m.index);
    // The end is mapped from the last matched character, so invisible characters after the word stay out.
    const end = toOriginal(m.index + m.length - 1) + 1;
    const si = floorIndex(starts, start);
    const ei = floorIndex(starts, end - 1);
    hits.push(
      new Mention(
        // A copy, not a slice: V8 keeps a slice of 13+ characters ("isotretinoína") as a view that pins the
        // whole chunk string for as long as the mention lives (bench: ~1.3 KB → ~0.5 KB retained per match).
        // oxlint-disable-next-line unicorn/no-useless-spread -- `stripped` is a string: the spread is the copy.
        [...stripped.slice(m.index, m.index + m.length)].join(''),
        m.name,
        nodes[si]!,
        start - starts[si]!,
        nodes[ei]!,
        end - starts[ei]!,
        si === ei ? [nodes[si]!] : nodes.slice(si, ei + 1),
      ),
    );
  }
  return hits;
}
