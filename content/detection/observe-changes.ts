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

/** Watches a document and any number of open shadow roots for changes, in batches. */
export interface ChangeObserver {
  /** Also watches this tree (open shadow roots: their mutations never reach the document's observer). */
  observe(root: Document | ShadowRoot): void;
}

// Batches are flushed at most this often: a page appending 10,000 nodes one task at a time is handled
// in a few dozen batches instead of 10,000 scans.
const BATCH_MS = 100;

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
    if (!signal.aborted) onChanges(changes);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changedText.add(record.target as Text);
      else if (record.type === 'attributes') editability.add(record.target as Element);
      else {
        for (const node of record.addedNodes) added.add(node);
        if (record.removedNodes.length) removed = true;
      }
    }
    timer ??= setTimeout(flush, BATCH_MS);
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  return {
    observe(root) {
      if (signal.aborted) return;
      // Only the contenteditable attribute: an element that becomes an editor after load must stop being
      // read (skip-rules.ts). Other attributes never change what is a mention.
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['contenteditable'],
      });
    },
  };
}

/** The connected nodes of `nodes` that have no ancestor in the set (their subtree covers the rest). */
function outermost(nodes: Set<Node>): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let covered = false;
    for (let p = node.parentNode; p && !covered; p = p.parentNode) covered = nodes.has(p);
    if (!covered) out.push(node);
  }
  return out;
}
