import type { MedicationName } from '../../medications/types';
import type { Highlighter } from './highlighter';
import type { TextHit } from './scan-text';

/** A stored mention: the public Mention fields plus what highlighting and hit-testing need. */
export interface MentionRecord {
  readonly hit: TextHit;
  /** Highlighted range. Static: live Ranges make every DOM mutation of the page pay per range. */
  readonly staticRange: AbstractRange;
  readonly range: Range;
  readonly text: string;
  readonly name: MedicationName;
}

function createRecord(hit: TextHit): MentionRecord {
  const bounds = {
    startContainer: hit.startNode,
    startOffset: hit.startOffset,
    endContainer: hit.endNode,
    endOffset: hit.endOffset,
  };
  let live: Range | undefined;
  return {
    hit,
    staticRange: typeof StaticRange === 'function' ? new StaticRange(bounds) : rangeOf(hit),
    text: hit.text,
    name: hit.name,
    get range() {
      return (live ??= rangeOf(hit));
    },
  };
}

function rangeOf(hit: TextHit): Range {
  const range = document.createRange();
  range.setStart(hit.startNode, hit.startOffset);
  range.setEnd(hit.endNode, hit.endOffset);
  return range;
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

const compareRecords = (a: MentionRecord, b: MentionRecord): number =>
  compareComposed(a.hit.startNode, b.hit.startNode) || a.hit.startOffset - b.hit.startOffset;

/** Mentions keyed by their first text node, so a rescan of some nodes replaces exactly their mentions. */
export function createMentionStore() {
  const byStart = new Map<Text, MentionRecord[]>();
  let size = 0;
  let changed = false;
  // A sequential full scan inserts in document order; incremental scans do not.
  let inOrder = true;
  let ordered: MentionRecord[] | null = null;

  const touch = (): void => {
    changed = true;
    ordered = null;
  };
  const dropNode = (node: Text, highlighter: Highlighter): void => {
    const records = byStart.get(node);
    if (!records) return;
    for (const r of records) highlighter.delete(r.staticRange);
    size -= records.length;
    byStart.delete(node);
    touch();
  };

  return {
    /** Replaces the mentions starting in `nodes` (just rescanned) with `hits`. */
    replace(nodes: readonly Text[], hits: readonly TextHit[], highlighter: Highlighter, sequential = true) {
      if (size > 0) for (const node of nodes) dropNode(node, highlighter);
      if (!sequential) inOrder = false;
      for (const hit of hits) {
        const record = createRecord(hit);
        highlighter.add(record.staticRange);
        const list = byStart.get(hit.startNode);
        if (list) list.push(record);
        else byStart.set(hit.startNode, [record]);
        size += 1;
        touch();
      }
    },
    dropNode,
    /** Drops mentions whose text left the document (checked per batch, not per mutation). */
    dropDisconnected(highlighter: Highlighter) {
      for (const [node, records] of byStart) {
        if (!node.isConnected || records.some((r) => !r.hit.endNode.isConnected)) dropNode(node, highlighter);
      }
    },
    clear() {
      if (size) touch();
      byStart.clear();
      size = 0;
      inOrder = true;
    },
    *all(): Generator<MentionRecord> {
      for (const records of byStart.values()) yield* records;
    },
    ordered(): readonly MentionRecord[] {
      if (!ordered) {
        ordered = [...this.all()];
        if (!inOrder) ordered.sort(compareRecords);
      }
      return ordered;
    },
    size: () => size,
    /** True once after any change (for batched notifications). */
    takeChanged() {
      const was = changed;
      changed = false;
      return was;
    },
  };
}

export type MentionStore = ReturnType<typeof createMentionStore>;
