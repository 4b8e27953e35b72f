import type { MedicationName } from '../../medications/types';

/** What the card needs of a detected mention (a structural subset of detection-session's Mention). */
export interface CardMention {
  readonly range: Range;
  /** The name as written on the page, e.g. "Accutane". */
  readonly text: string;
  readonly name: MedicationName;
}

/** What the card needs of the detection session. */
export interface MentionSource {
  readonly mentions: readonly CardMention[];
  /** The mention under a viewport point, or null. Cheap enough for every pointermove. */
  hitTest(x: number, y: number, target?: Element | null): CardMention | null;
  onChange(listener: () => void, signal?: AbortSignal): void;
}

/** Two handles for the same mention (sessions may rebuild their objects on rescans). */
export function sameMention(a: CardMention | null, b: CardMention | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
