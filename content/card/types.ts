import type { DetectionSession } from '../detection/detection-session';
import type { Mention } from '../detection/mention';

/** What the card needs of the detection session. */
export type MentionSource = Pick<
  DetectionSession,
  'mentions' | 'mentionById' | 'hitTest' | 'hitTestBelow' | 'onChange' | 'settled'
>;

/** Two handles for the same mention (ids are stable for a mention's lifetime). */
export const sameMention = (a: Mention | null, b: Mention | null): boolean => a?.id === b?.id;

/**
 * The mention of `mentions` that is `was` read again after its text changed: the same name in the same
 * text node, or in a new text node of `parent` (a framework rendering the paragraph's text again),
 * nearest where it was (text streaming in before it moves it).
 */
export function foundAgainIn(
  mentions: readonly Mention[],
  was: Mention,
  parent: Node | null = null,
): Mention | undefined {
  let best: Mention | undefined;
  let distance = Infinity;
  for (const m of mentions) {
    // The parent only once the old node has left it: until then a same-name sibling is another mention.
    const renewed =
      parent !== null && was.startNode.parentNode !== parent && m.startNode.parentNode === parent;
    const here = m.startNode === was.startNode || renewed;
    if (!here || m.text !== was.text) continue;
    const d = Math.abs(m.startOffset - was.startOffset);
    if (d < distance) [best, distance] = [m, d];
  }
  return best;
}
