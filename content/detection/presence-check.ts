import { isInline } from './collect-text';
import type { NameMatcher } from './match-names';
import { mayMention } from './scan-text';
import { isDesignMode, isOwnUi, isSkippedElement } from './skip-rules';
import { Slices } from './yield-to-page';

/** Elements this close to the root, or with this many element children, are checked child by child. */
const SPLIT_DEPTH = 4;
const SPLIT_MIN_CHILDREN = 8;

/**
 * The presence check, in slices: false only when no text under `root` (nor in open shadow roots under
 * it) can hold a mention. Runs before the first scan and before each rescan of added or changed
 * subtrees, so an SPA swapping in megabytes of text costs no long task either. One `body.textContent` test is the cheapest check, but on a 5 MB page it
 * is one task of the whole page's size (bench: 200+ ms on "huge"). Near the root and in long lists
 * (feeds, comments) we test each child on its own instead, yielding between slices. A child element
 * that is not inline separates words (see collect-text), so no name can span two of them; skipped
 * subtrees (scripts, form fields, editable regions) are left out, as the scan leaves them out.
 */
export async function subtreeMayMention(
  root: Node,
  matcher: NameMatcher,
  signal: AbortSignal,
  slices: Slices = new Slices(),
): Promise<boolean> {
  if (isDesignMode()) return false;
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!shouldSplit(node, depth)) {
      if (mayMention(node.textContent ?? '', matcher)) return true;
    } else {
      // A run of text and inline elements reads as one line of words: test it joined.
      let run = '';
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) run += (child as Text).data;
        else if (child.nodeType !== 1) continue;
        else if (isInline(child as Element)) run += child.textContent ?? '';
        else {
          if (run && mayMention(run, matcher)) return true;
          run = '';
          if (!isSkippedElement(child as Element)) stack.push({ node: child, depth: depth + 1 });
        }
      }
      if (run && mayMention(run, matcher)) return true;
    }
    // Yield only when the slice is used up: awaiting on every element would cost a microtask each.
    if (slices.due) {
      await slices.next();
      if (signal.aborted) return false;
    }
  }
  // textContent leaves out shadow roots: look for open ones (the root's own, then any below it; rare)
  // and test their text.
  const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (own && !isOwnUi(root as Element) && (await subtreeMayMention(own, matcher, signal, slices)))
    return true;
  const hosts = root.nodeType === 1 || root.nodeType === 11 ? (root as ParentNode).querySelectorAll('*') : [];
  for (const el of hosts) {
    if (el.shadowRoot && !isOwnUi(el) && (await subtreeMayMention(el.shadowRoot, matcher, signal, slices)))
      return true;
    if (slices.due) {
      await slices.next();
      if (signal.aborted) return false;
    }
  }
  return false;
}

function shouldSplit(node: Node, depth: number): boolean {
  if (node.nodeType !== 1 && node.nodeType !== 11) return false;
  const count = (node as ParentNode).childElementCount;
  return count > 0 && (depth < SPLIT_DEPTH || count >= SPLIT_MIN_CHILDREN);
}
