import type { Highlighter } from './highlighter';
import type { Mention } from './mention';

/** Hears of every mention added to or removed from a store (e.g. the hit-test index). */
export interface MentionListener {
  added(mention: Mention): void;
  removed(mention: Mention): void;
}

/** The hosts above `node`, innermost first, starting with the node itself. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    chain.push(root.host);
  }
  return chain;
}

/** Document order across shadow trees: a shadow tree sits where its host is, before the host's children. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const ca = hostChain(a);
  const cb = hostChain(b);
  for (let i = 0; i < ca.length; i++) {
    for (let j = 0; j < cb.length; j++) {
      const x = ca[i]!;
      const y = cb[j]!;
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return compareComposed(ca[i - 1] ?? x, cb[j - 1] ?? y);
      const pos = x.compareDocumentPosition(y);
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
    }
  }
  return 0;
}

const compareMentions = (a: Mention, b: Mention): number =>
  compareComposed(a.startNode, b.startNode) || a.startOffset - b.startOffset;

/** Calls `fn` with every text node of `m` after the one it starts in. */
function eachLaterNode(m: Mention, fn: (node: Text) => void): void {
  for (const node of m.nodes) if (node !== m.startNode) fn(node);
}

/**
 * The mentions of one detection run, keyed by their first text node (a rescan of some nodes replaces
 * exactly their mentions) and by id; every mention stored is highlighted, every one dropped unhighlighted.
 */
export function createMentionStore(highlighter: Highlighter, listener?: MentionListener) {
  const byStart = new Map<Text, Mention[]>();
  const byId = new Map<number, Mention>();
  // The other text nodes of mentions split across inline elements ("Iso<em>tret</em>inoin"): a change
  // to any of them must drop the mention, not only a change to the node it starts in.
  const crossing = new Map<Text, Set<Mention>>();

  let changed = false;
  // A sequential full scan inserts in document order; incremental scans do not.
  let inOrder = true;
  let ordered: Mention[] | null = null;

  const touch = (): void => {
    changed = true;
    ordered = null;
  };
  const dropNode = (node: Text): void => {
    const mentions = byStart.get(node);
    if (!mentions) return;
    byStart.delete(node);
    for (const m of mentions) {
      eachLaterNode(m, (n) => {
        const set = crossing.get(n);
        set?.delete(m);
        if (set?.size === 0) crossing.delete(n);
      });
      highlighter.delete(m.staticRange);
      byId.delete(m.id);
      listener?.removed(m);
    }
    touch();
  };

  return {
    /** Replaces the mentions starting in `nodes` (just rescanned) with `mentions`. */
    replace(nodes: readonly Text[], mentions: readonly Mention[], sequential = true): void {
      if (byId.size > 0) for (const node of nodes) dropNode(node);
      if (!sequential) inOrder = false;
      for (const m of mentions) {
        highlighter.add(m.staticRange);
        const list = byStart.get(m.startNode);
        if (list) list.push(m);
        else byStart.set(m.startNode, [m]);
        byId.set(m.id, m);
        eachLaterNode(m, (n) => {
          const set = crossing.get(n);
          if (set) set.add(m);
          else crossing.set(n, new Set([m]));
        });
        listener?.added(m);
        touch();
      }
    },
    /**
     * Drops every mention with text in `node` (a text node whose text changed): those starting there and
     * those only continuing there. Returns the start nodes of the latter, whose blocks must be read again.
     */
    dropTouching(node: Text): Text[] {
      const starts = [...(crossing.get(node) ?? [])].map((m) => m.startNode);
      dropNode(node);
      for (const start of starts) dropNode(start);
      return starts;
    },
    /** Drops mentions whose text left the document (checked per batch, not per mutation). */
    dropDisconnected(): void {
      for (const [node, mentions] of byStart) {
        if (!node.isConnected || mentions.some((m) => m.nodes.some((n) => !n.isConnected))) dropNode(node);
      }
    },
    /** Drops the mentions inside `root` (e.g. a region that became editable). */
    dropWithin(root: Node): void {
      for (const node of byStart.keys()) if (root.contains(node)) dropNode(node);
    },
    /** Every mention (unordered; cheap). */
    all: (): IterableIterator<Mention> => byId.values(),
    /** Mentions in document order (top document and open shadow roots). */
    ordered(): readonly Mention[] {
      if (!ordered) {
        ordered = [...byId.values()];
        if (!inOrder) ordered.sort(compareMentions);
      }
      return ordered;
    },
    byId: (id: number): Mention | undefined => byId.get(id),
    /** Puts the highlights back if the page removed them. */
    restoreHighlights: (): void => highlighter.restore(),
    size: (): number => byId.size,
    /** True once after any change (for batched notifications). */
    takeChanged(): boolean {
      const was = changed;
      changed = false;
      return was;
    },
  };
}

export type MentionStore = ReturnType<typeof createMentionStore>;
