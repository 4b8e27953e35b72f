import { onMessage, type MentionSummary } from '../../utils/messaging';
import type { PageSettings } from './page-settings';

/** A mention as the popup needs it (structural, matches the detection session's `Mention`). */
export interface MentionLike {
  readonly range: AbstractRange;
  readonly text: string;
}

/** The popup lists at most this many; a page with more still shows the full count. */
export const MAX_LISTED = 200;
const CONTEXT_CHARS = 40;
const BLOCK =
  'p, li, td, th, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, figcaption, pre, article, section, body';

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The mention with up to 40 characters of its block's text on either side, e.g. "…took Accutane for…". */
export function snippetOf(mention: MentionLike): string {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  const anchor = startContainer instanceof Element ? startContainer : startContainer.parentElement;
  const block = anchor?.closest(BLOCK);
  if (!block) return mention.text;
  const before = new Range();
  before.setStart(block, 0);
  before.setEnd(startContainer, startOffset);
  const after = new Range();
  after.setStart(endContainer, endOffset);
  after.setEnd(block, block.childNodes.length);
  const pre = squash(before.toString()).trimStart();
  const post = squash(after.toString()).trimEnd();
  const head = pre.length > CONTEXT_CHARS ? `…${pre.slice(-CONTEXT_CHARS).trimStart()}` : pre;
  const tail = post.length > CONTEXT_CHARS ? `${post.slice(0, CONTEXT_CHARS).trimEnd()}…` : post;
  return `${head}${mention.text}${tail}`;
}

/**
 * Answers the popup's "what is on this page" (top frame only): the host, why highlighting is (not) on,
 * and the mentions with snippets. Jumping to a mention is the card controller's (content/card/setup.ts).
 */
export function answerPageInfo(
  page: PageSettings,
  mentions: () => readonly MentionLike[],
  signal: AbortSignal,
): void {
  if (window !== window.top) return;
  onMessage(
    'getPageInfo',
    () => {
      const list = page.state === 'active' ? mentions() : [];
      const summaries: MentionSummary[] = list.slice(0, MAX_LISTED).map((m, index) => ({
        index,
        name: m.text,
        snippet: snippetOf(m),
      }));
      return { host: location.hostname, state: page.state, count: list.length, mentions: summaries };
    },
    signal,
  );
}
