import { isInline } from './collect-text';
import { hasChildNodes } from './count-children';
import { isOwnUi, isSkippedElement } from './skip-rules';
import { watchUpgrades } from './watch-upgrades';

const isOwnHost = (node: Node): boolean => node.nodeType === 1 && isOwnUi(node as Element);

/** What changed in the DOM since the last batch. */
export interface DomChanges {
  /** Added nodes that are still connected (elements and text nodes; nested ones not repeated). */
  readonly added: readonly Node[];
  /** Text nodes whose text changed. */
  readonly changedText: readonly Text[];
  /** True when any node left the DOM (matches on it must be dropped). */
  readonly removed: boolean;
  /** Elements whose contenteditable attribute changed (they may have become, or stopped being, editors). */
  readonly editability: readonly Element[];
}

/**
 * Watches a document and any number of open shadow roots for changes, in batches. A custom element there
 * that is not yet defined and later attaches a shadow root (watch-upgrades.ts) is reported as added.
 */
export interface ChangeObserver {
  /** Also watches this tree (open shadow roots: their mutations never reach the document's observer). */
  observe(root: Document | ShadowRoot): void;
  /** Stops watching, as if `signal` aborted. */
  disconnect(): void;
}

// Batches are flushed at most this often: a page appending 10,000 nodes one task at a time is handled
// in a few dozen batches instead of 10,000 scans.
const BATCH_MS = 100;
/** A record adding at least this many children, half or more of its target's, reports the target. */
const SWAP_MIN_NODES = 64;
const isSwap = (parent: Node, count: number): boolean =>
  count >= SWAP_MIN_NODES && parent.nodeType === 1 && count * 2 >= parent.childNodes.length;

/** Calls `onChanges` with batched DOM changes until `signal` aborts. */
export function observeChanges(
  onChanges: (changes: DomChanges) => void,
  signal: AbortSignal,
): ChangeObserver {
  let added = new Set<Node>();
  let changedText = new Set<Text>();
  let removed = false;
  let editability = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const upgrades = watchUpgrades((host) => {
    added.add(host);
    timer ??= setTimeout(flush, BATCH_MS);
  });

  const flush = (): void => {
    timer = undefined;
    const changes: DomChanges = {
      added: outermost(added),
      changedText: [...changedText],
      removed,
      editability: [...editability].filter((el) => el.isConnected),
    };
    added = new Set();
    changedText = new Set();
    removed = false;
    editability = new Set();
    if (changes.removed) upgrades.sweep();
    for (const node of changes.added) upgrades.look(node);
    const none = !changes.added.length && !changes.changedText.length && !changes.removed;
    if (none && !changes.editability.length) return; // e.g. only our card's host moved
    if (!stopped && !signal.aborted) onChanges(changes);
  };
  const observer = new MutationObserver((records) => {
    // Added children by parent. Most of an element's children new at once (a route swap's innerHTML:
    // one record in Chromium, one per child in other DOMs) report the element: its subtree is read as a
    // whole. Going through thousands of children one by one, here and in the batch, was one long task.
    const children = new Map<Node, Node[]>();
    const swapped = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') changedText.add(record.target as Text);
      else if (record.type === 'attributes') editability.add(record.target as Element);
      else {
        const { target, addedNodes, removedNodes } = record;
        // Our card's host moving between <html> and a page's dialog holds no mention: no sweep for it.
        if (removedNodes.length && !(removedNodes.length === 1 && isOwnHost(removedNodes[0]!)))
          removed = true;
        if (addedNodes.length === 1 && isOwnHost(addedNodes[0]!)) continue;
        if (swapped.has(target)) continue;
        if (isSwap(target, addedNodes.length)) swapped.add(target);
        else {
          let list = children.get(target);
          if (!list) children.set(target, (list = []));
          for (const node of addedNodes) list.push(node);
        }
      }
    }
    for (const [parent, nodes] of children) {
      if (swapped.has(parent) || isSwap(parent, nodes.length)) added.add(parent);
      else for (const node of nodes) added.add(node);
    }
    for (const parent of swapped) added.add(parent);
    timer ??= setTimeout(flush, BATCH_MS);
  });
  let stopped = false;
  // Rescans inside a shadow tree tell us of every tree around them again: each is observed, and
  // searched for undefined custom elements, once.
  const observed = new WeakSet<Node>();
  const disconnect = (): void => {
    stopped = true;
    observer.disconnect();
    upgrades.stop();
    clearTimeout(timer);
  };
  signal.addEventListener('abort', disconnect, { once: true });
  return {
    disconnect,
    observe(root) {
      if (stopped || signal.aborted || observed.has(root)) return;
      observed.add(root);
      // Only the contenteditable attribute: an element that becomes an editor after load must stop being
      // read (skip-rules.ts). Other attributes never change what is a mention.
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['contenteditable'],
      });
      upgrades.look(root);
    },
  };
}

/** The connected nodes of `nodes` that have no ancestor in the set (their subtree covers the rest). */
function outermost(nodes: Set<Node>): Node[] {
  // Ancestors already known to have no member of `nodes` at or above them: a route swap adds thousands
  // of siblings, and each walk then stops at their shared parent instead of climbing to the root.
  const clear = new Set<Node>();
  const out: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    const path: Node[] = [];
    let covered = false;
    for (let p = node.parentNode; p && !clear.has(p); p = p.parentNode) {
      if (nodes.has(p)) {
        covered = true;
        break;
      }
      path.push(p);
    }
    if (covered) continue;
    for (const p of path) clear.add(p);
    out.push(node);
  }
  return out;
}

const WHOLE = new Set(['body', 'html']);
/** A block with more children than this is a container (a feed, an app's root), not a paragraph. */
const MAX_BLOCK_CHILDREN = 32;

/** The nearest ancestor that is not inline: reading from there sees a name split across inline elements. */
export function blockOf(node: Node): Node {
  let n = node;
  while (n.nodeType === 1 && isInline(n as Element) && n.parentNode) n = n.parentNode;
  return n;
}

/**
 * Where to read again after `changes`: the block of each changed text, and of each added text or
 * inline element (a framework sets one part of a split name with a new text node, not an edit), and
 * each added block. Skipped elements (fields, editors, our UI) are left out.
 */
export function changedBlocks(changes: DomChanges): Set<Node> {
  const roots = new Set<Node>();
  for (const text of changes.changedText) if (text.parentNode) roots.add(readFrom(text.parentNode));
  for (const node of changes.added) {
    const start = node.nodeType === 3 ? node.parentNode : node;
    const root = start && readFrom(start);
    if (root && (root.nodeType !== 1 || !isSkippedElement(root as Element))) roots.add(root);
  }
  return roots;
}

/**
 * `start`'s block when that is a paragraph-sized element, else `start` itself: a badge or a card link
 * appended to <body>, an app's root <div> or a feed every few seconds must not rescan all of it.
 */
function readFrom(start: Node): Node {
  const block = blockOf(start);
  if (block === start || block.nodeType !== 1 || WHOLE.has((block as Element).localName)) return start;
  return hasChildNodes(block, MAX_BLOCK_CHILDREN + 1) ? start : block;
}
