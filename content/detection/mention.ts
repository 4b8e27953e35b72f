import type { MedicationName } from '../../medications/types';

let lastId = 0;

/**
 * One mention of a medication name on the page: the one shape detection, the card, the popup and the
 * hit-test share. Boundary points are kept as found; Ranges are made only when needed, because live
 * Ranges make every DOM mutation of the page pay per range.
 */
export class Mention {
  /** Unique in this frame and never reused: a rescan that finds the same text makes a new mention. */
  readonly id = ++lastId;
  /** Highlighted range. Static: the page's own mutations never have to update it. */
  readonly staticRange: AbstractRange;
  #range: Range | undefined;

  constructor(
    /** As written on the page, invisible characters removed (e.g. "Accutane"). */
    readonly text: string,
    /** The name entry matched; `name.medicationId` says whose card to show. */
    readonly name: MedicationName,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** Every text node the mention touches, in order (one, unless split across inline elements). */
    readonly nodes: readonly Text[],
  ) {
    this.staticRange =
      typeof StaticRange === 'function'
        ? new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset })
        : this.range;
  }

  /** A live Range over exactly the mention's text (created on first use, then kept). */
  get range(): Range {
    if (!this.#range) {
      this.#range = document.createRange();
      this.#range.setStart(this.startNode, this.startOffset);
      this.#range.setEnd(this.endNode, this.endOffset);
    }
    return this.#range;
  }

  /** Still in the document: both ends connected. */
  get isConnected(): boolean {
    return this.startNode.isConnected && this.endNode.isConnected;
  }
}
