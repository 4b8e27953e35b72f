import type { DetectionSession } from '../detection/detection-session';
import type { Mention } from '../detection/mention';

/** What the card needs of the detection session. */
export type MentionSource = Pick<
  DetectionSession,
  'mentions' | 'mentionById' | 'hitTest' | 'hitTestBelow' | 'onChange'
>;

/** Two handles for the same mention (ids are stable for a mention's lifetime). */
export const sameMention = (a: Mention | null, b: Mention | null): boolean => a?.id === b?.id;
