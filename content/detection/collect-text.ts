import { hasElementChildren } from './count-children';
import { createSkipCheck } from './skip-rules';

/** Text of a run of text nodes, concatenated, with where each node starts in it. */
export interface TextChunk {
  /** Node texts joined; a BLOCK_SEPARATOR stands for each block boundary (never part of a word). */
  readonly text: string;
  readonly nodes: readonly Text[];
  /** starts[i] = offset of nodes[i] in `text`, ascending. */
  readonly starts: readonly number[];
}

/** A resumable walk over the visible-text nodes under one root, open shadow roots included. */
export interface TextCursor {
  /**
   * The next chunk after reading about `chunkChars` characters (cut only at a block boundary), or null
   * when done. A chunk can be empty: the text read was all in list items ruled out as a whole.
   */
  next(chunkChars?: number): TextChunk | null;
  /**
   * True when the walk stopped early because the page removed the node it was to read next (a subtree
   * removed while the walk was inside it): where to go on is lost, so the caller walks the root again.
   */
  readonly lost: boolean;
}

/**
 * Stands for a block boundary in joined text: not a letter, digit, mark or space, so no name can match
 * across it. A Latin-1 control character (U+0001) rather than U+FFFF: one character outside Latin-1
 * turns a whole joined text into a two-byte string, which doubles its memory and slows every regex
 * pass over it (CPU profile of the presence check: the test itself took longer than the floor's).
 */
export const BLOCK_SEPARATOR = '\u0001';

// Phrasing elements that normally stay on one line with their neighbours: a name split across them
// (`Iso<em>tret</em>inoin`) is still one word. Any other element (div, td, li, br, custom elements…)
// separates words, so `<td>Price</td><td>Accutane</td>` never reads as "PriceAccutane".
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** True for phrasing elements a word can run across (`Iso<em>tret</em>inoin`); any other element separates words. */
export const isInline = (el: Element): boolean => INLINE.has(el.localName);

interface Frame {
  readonly root: Node;
  node: Node | null;
}

/** Elements with this many element children are lists (feeds, comments): their items are checked first. */
const PRUNE_MIN_CHILDREN = 16;

/**
 * Walks `root` in document order; an open shadow root is walked where its host stands (before the host's
 * light children, which it usually slots). `onShadowRoot` hears of each one (to observe and style it).
 * With `mayMatch`, the block items of a long list whose text (textContent: native, cheap) cannot match,
 * and that hold no open shadow root, are skipped unwalked.
 */
export function walkText(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  mayMatch?: (text: string) => boolean,
): TextCursor {
  const stack: Frame[] = [{ root, node: root.firstChild }];
  const skip = createSkipCheck();
  // Long lists whose block items are checked (textContent + regex) as the walk reaches each of them,
  // so a list of 80,000 items costs no single long task.
  const lists = new Set<Node>();
  const enter = (tree: ParentNode & Node): void => {
    skip.addTree(tree);
    stack.push({ root: tree, node: tree.firstChild });
  };
  if (root instanceof Element || root instanceof DocumentFragment || root instanceof Document) {
    skip.addTree(root);
  }
  const ownShadow = root instanceof Element ? root.shadowRoot : null;
  if (ownShadow) {
    onShadowRoot?.(ownShadow);
    enter(ownShadow);
  }
  // Characters read since the chunk began, pruned items' text included: ruling an item out reads it too,
  // so a chunk of a long list without a name stops after as much work as a chunk of text.
  let work = 0;
  const cannotMatch = (item: Element, name: string): boolean => {
    if (lists.size === 0 || INLINE.has(name) || !lists.has(item.parentNode!)) return false;
    const text = item.textContent ?? '';
    work += text.length;
    if (mayMatch!(text) || item.shadowRoot) return false;
    // textContent leaves out shadow roots: an item of a feed of web components is walked when it holds
    // one. Looking is work too (an item of many elements and little text must not make a long chunk).
    const all = item.querySelectorAll('*'); // measured faster than a live getElementsByTagName('*')
    work += all.length;
    for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) return false;
    return true;
  };
  // The skip rule also holds for the root's ancestors (an editable region around it): callers check that
  // once with isInSkippedSubtree(); here the root and its descendants are tested.
  let lost = false;
  return {
    get lost() {
      return lost;
    },
    next(chunkChars = 64_000) {
      // Resumed after a yield: the node to read next must still be in the page.
      const top = stack.at(-1);
      if (top?.node && !top.node.isConnected && root.isConnected) {
        lost = true;
        stack.length = 0;
        return null;
      }
      const parts: string[] = [];
      const nodes: Text[] = [];
      const starts: number[] = [];
      let length = 0;
      let separated = true;
      work = 0;
      const separate = (): void => {
        if (separated) return;
        parts.push(BLOCK_SEPARATOR);
        length += 1;
        separated = true;
      };
      while (stack.length) {
        const frame = stack.at(-1)!;
        let node = frame.node;
        if (!node) {
          stack.pop();
          separate();
          continue;
        }
        let next: Node | null = null;
        const type = node.nodeType;
        if (type === 3) {
          const data = (node as Text).data;
          if (data.length) {
            nodes.push(node as Text);
            starts.push(length);
            parts.push(data);
            length += data.length;
            work += data.length;
            separated = false;
          }
        } else if (type === 1) {
          const el = node as Element;
          const name = el.localName;
          // A skipped element's text is not read, and no word runs across it ("Accu", a field, "tane").
          if (skip.skips(el)) separate();
          else if (!cannotMatch(el, name)) {
            if (!INLINE.has(name)) separate();
            const shadow = el.shadowRoot;
            if (shadow) {
              onShadowRoot?.(shadow);
              frame.node = nextAfter(el, frame.root, separate);
              // LIFO: the shadow tree is walked first, then the host's light children, then the rest.
              stack.push({ root: el, node: el.firstChild });
              enter(shadow);
              continue;
            }
            next = el.firstChild;
            if (next && mayMatch && hasElementChildren(el, PRUNE_MIN_CHILDREN)) lists.add(el);
          }
        }
        node = next ?? nextAfter(node, frame.root, separate);
        frame.node = node;
        // Cut only where a word cannot continue, so no match straddles two chunks.
        if (separated && work >= chunkChars) break;
      }
      // A chunk may hold no text (all of it pruned) while the walk goes on: null means done.
      return nodes.length || stack.length ? { text: parts.join(''), nodes, starts } : null;
    },
  };
}

/** The node after `node`'s subtree within `root`, marking block boundaries crossed on the way up. */
function nextAfter(node: Node, root: Node, separate: () => void): Node | null {
  let current: Node = node;
  if (current.nodeType === 1 && !INLINE.has((current as Element).localName)) separate();
  while (!current.nextSibling) {
    const parent = current.parentNode;
    if (!parent || parent === root) return null;
    if (!INLINE.has((parent as Element).localName)) separate();
    current = parent;
  }
  return current.nextSibling;
}

/** Every text chunk under `root` at once (tests, small added subtrees). */
export function collectText(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextChunk[] {
  const cursor = walkText(root, onShadowRoot);
  const chunks: TextChunk[] = [];
  for (let c = cursor.next(); c; c = cursor.next()) chunks.push(c);
  return chunks;
}
