import { BLOCK_SEPARATOR, isInline } from './collect-text';
import { hasElementChildren } from './count-children';
import type { PresenceTest } from './match-names';
import { mayMention, withoutInvisible } from './scan-text';
import { isDesignMode, isOwnUi, isSkippedElement, SKIPPED_SELECTOR } from './skip-rules';
import { Slices } from './yield-to-page';

/** What the checks read of their caller's stop: an AbortSignal, or any flag that says the same. */
export interface StopSignal {
  readonly aborted: boolean;
}

/** Containers this close to the root, or with this many element children, are read child by child. */
const SPLIT_DEPTH = 4;
const SPLIT_MIN_CHILDREN = 8;
/** Texts are tested in batches of about this many characters: one regex run each, not one per child. */
const BATCH_CHARS = 64_000;

/**
 * Items of a list of at least this many elements, this deep, are read whole unless they are long lists
 * themselves (an app root with a handful of regions is not a list: its <main> is still opened).
 */
const LIST_MIN_ITEMS = 16;
const LIST_ITEM_DEPTH = 2;

/**
 * True for a node read child by child: a long list (feed, comments), or a container near the root. An
 * item of a long list (a comment with its meta line and buttons) is read whole: opening each of 10,000
 * comments queued them all before the first text was tested (CPU profile of the forum scan).
 */
function isContainer(node: ParentNode, depth: number, inList = false): boolean {
  if (hasElementChildren(node, SPLIT_MIN_CHILDREN)) return true;
  if (depth >= SPLIT_DEPTH || (inList && depth >= LIST_ITEM_DEPTH)) return false;
  // A paragraph with inline markup is read whole; a box holding blocks is opened (no child: neither).
  for (let el = node.firstElementChild; el; el = el.nextElementSibling) if (!isInline(el)) return true;
  return false;
}

/**
 * The presence check, in slices: false only when no text under `root` (nor in open shadow roots under
 * it) can hold a mention. Runs before the first scan and before each rescan of added or changed
 * subtrees, so an SPA swapping in megabytes of text costs no long task either.
 *
 * The floor is one `body.textContent` and one regex test, but on a 5 MB page that is one task of the
 * whole page's size (bench: 200+ ms on "huge"). Containers near the root and long lists are opened
 * instead; their children's texts are joined (a block separator between them: no name spans two
 * blocks) and tested 64,000 characters at a time, and the clock is read once per batch. Skipped
 * subtrees (scripts, styles, form fields, editors) are left out, which makes pages with big inline
 * scripts cheaper than the floor.
 *
 * `visit` is told every open shadow root the check reads: the caller observes it, so text a component
 * renders into it later is seen (its mutations never reach the document's observer).
 */
export async function subtreeMayMention(
  root: Node,
  matcher: PresenceTest,
  signal: StopSignal,
  slices: Slices = new Slices(),
  visit?: (shadow: ShadowRoot) => void,
): Promise<boolean> {
  if (isDesignMode()) return false;
  const canOpen = root.nodeType === 1 || root.nodeType === 11 || root.nodeType === 9;
  if (!canOpen) return mayMention(root.textContent ?? '', matcher);
  const stack: Array<{ node: ParentNode; depth: number }> = [{ node: root as ParentNode, depth: 0 }];
  let batch = '';
  /** Tests the batch; on a slice boundary also yields. Resolves true when a name may be in it. */
  const flush = async (): Promise<boolean> => {
    const hit = batch !== '' && mayMention(batch, matcher);
    batch = '';
    if (!hit && slices.due) await slices.next();
    return hit;
  };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    // The root is always opened, so its own skipped children (scripts, fields) stay out.
    if (depth > 0 && !isContainer(node, depth)) {
      batch += (node as Node).textContent + BLOCK_SEPARATOR;
    } else {
      const inList = hasElementChildren(node, LIST_MIN_ITEMS);
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) batch += (child as Text).data;
        else if (child.nodeType !== 1) continue;
        else if (isInline(child as Element)) batch += child.textContent;
        else if (isSkippedElement(child as Element)) batch += BLOCK_SEPARATOR;
        else if (isContainer(child as Element, depth + 1, inList)) {
          batch += BLOCK_SEPARATOR;
          stack.push({ node: child as Element, depth: depth + 1 });
        } else batch += BLOCK_SEPARATOR + child.textContent + BLOCK_SEPARATOR;
        if (batch.length >= BATCH_CHARS) {
          if (await flush()) return true;
          if (signal.aborted) return false;
        }
      }
      batch += BLOCK_SEPARATOR;
    }
    if (batch.length >= BATCH_CHARS || stack.length === 0) {
      if (await flush()) return true;
      if (signal.aborted) return false;
    }
  }
  if (await flush()) return true;
  return shadowRootsMayMention(root, matcher, signal, slices, visit);
}

/**
 * A document is tested whole only when it has at most this many elements and this much text: a small
 * app shell that has since rendered a huge feed or table is walked in slices instead, and so are a few
 * thousand long paragraphs. Either way one test stays ~10 ms at most.
 */
const READ_WHOLE_MAX_ELEMENTS = 10_000;
const READ_WHOLE_MAX_CHARS = 2_000_000;

/**
 * The presence check of the whole document, at the floor's own cost on most pages: a document of at
 * most 10,000 elements is read in one `textContent` and, unless that text is huge, tested with one
 * regex pass, exactly the floor; only its open shadow roots are looked at besides. That text includes
 * scripts, styles and fields, so it is a superset: a name found there is checked again by the sliced
 * walk above, which leaves them out. A document with more elements goes to the walk at once, and one
 * with more text after the read (a copy, cheap next to the regex pass over megabytes it avoids).
 * Nothing else is asked of the browser first: in a frame's new isolated world every DOM interface
 * touched for the first time costs a binding set-up (the navigation timing entry did, ~0.1 ms).
 */
export async function documentMayMention(
  matcher: PresenceTest,
  signal: StopSignal,
  visit?: (shadow: ShadowRoot) => void,
): Promise<boolean> {
  const root = document.body ?? document.documentElement;
  if (isDesignMode()) return false;
  // Index, not length: the live collection walks to the index asked for, but counts the whole document
  // for `length`.
  const text = document.getElementsByTagName('*')[READ_WHOLE_MAX_ELEMENTS] ? null : root.textContent;
  if (
    text === null ||
    text.length > READ_WHOLE_MAX_CHARS ||
    (mayMention(text, matcher) && !namesOnlyInSkipped(root, text, matcher))
  )
    return subtreeMayMention(root, matcher, signal, undefined, visit);
  return shadowRootsMayMention(root, matcher, signal, undefined, visit);
}

/**
 * True when every match of the presence pattern in `whole`, the root's `textContent`, is inside a
 * skipped element (a script, style, field or editor): nothing the page shows there has a name. False
 * when that cannot be shown: the sliced walk then settles it.
 *
 * The walk would build the page's text again without those elements and test it again: on the bench's
 * "no-mention" page (names only in scripts, styles and fields) most of its time. Instead, the skipped
 * elements whose own text has a match (outermost ones, in document order) are placed in the text, each
 * at its first place after the one before; a text that also fits later, before the next one's place,
 * might be a copy (code shown on the page, say), and the walk decides. Where none does, those are their
 * places (the true ones lie between the first and the last fit), and each match must lie within one.
 * One pass in document order, so a page whose first match is shown stops there.
 * `matcher.next` must search with the pattern `matcher.test` tests.
 */
export function namesOnlyInSkipped(root: ParentNode, whole: string, matcher: PresenceTest): boolean {
  // Matched as the scanner matches: without invisible characters (removing them commutes with joining).
  const text = withoutInvisible(whole);
  let match = matcher.next(text, 0);
  /** The last element placed: where its text starts, and the text. */
  let held: { at: number; own: string } | null = null;
  /** True when every match before `until` lies within the last element placed. */
  const allHeldBefore = (until: number): boolean => {
    for (; match && match[0] < until; match = matcher.next(text, match[1])) {
      if (match[1] === match[0] || !held) return false;
      if (match[0] < held.at || match[1] > held.at + held.own.length) return false;
    }
    return true;
  };
  /** True when the last element placed does not also fit before `end`, after its place. */
  const onePlace = (end: number): boolean => !held || !text.slice(held.at + 1, end).includes(held.own);
  const found = root.querySelectorAll(SKIPPED_SELECTOR);
  // In document order, an element's descendants come right after it.
  let outer: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if ((outer && outer.contains(el)) || !isSkippedElement(el)) continue;
    const own = withoutInvisible(el.textContent ?? '');
    if (own === '' || !matcher.test(own)) continue;
    const at = text.indexOf(own, held ? held.at + held.own.length : 0);
    if (at < 0 || !onePlace(at) || !allHeldBefore(at)) return false;
    held = { at, own };
    outer = el;
  }
  return held !== null && onePlace(text.length) && allHeldBefore(Infinity);
}

/** textContent leaves out shadow roots: look for open ones (the root's own, then any below it). */
async function shadowRootsMayMention(
  root: Node,
  matcher: PresenceTest,
  signal: StopSignal,
  // Made when first needed: a small frame with no shadow root never reads the clock (a first touch of
  // `performance` in its new isolated world).
  slices: Slices | undefined,
  visit: ((shadow: ShadowRoot) => void) | undefined,
): Promise<boolean> {
  const read = (host: Element): Promise<boolean> => {
    visit?.(host.shadowRoot!);
    return subtreeMayMention(host.shadowRoot!, matcher, signal, (slices ??= new Slices()), visit);
  };
  if (root.nodeType === 1 && (root as Element).shadowRoot && !isOwnUi(root as Element))
    if (await read(root as Element)) return true;
  const hosts = (root as ParentNode).querySelectorAll('*');
  for (let i = 0; i < hosts.length; i++) {
    const el = hosts[i]!;
    if (el.shadowRoot && !isOwnUi(el) && (await read(el))) return true;
    if ((i & 1023) === 1023 && (slices ??= new Slices()).due) {
      await slices.next();
      if (signal.aborted) return false;
    }
  }
  return false;
}
