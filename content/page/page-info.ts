import type { Browser } from 'wxt/browser';
import { MAX_LISTED, type MentionSummary, type PageInfo } from '../../utils/messaging';
import { isInline } from '../detection/collect-text';
import type { DetectionSession } from '../detection/detection-session';
import type { Mention } from '../detection/mention';
import { isSkippedElement } from '../detection/skip-rules';
import type { PageSettings } from './page-settings';

/** Characters of context on each side of a mention in its snippet. */
const CONTEXT_CHARS = 40;
/** Pushes to an open popup are at most this often: a page adding mentions fast sends a few updates. */
const PUSH_MS = 250;

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The nearest ancestor of `node` that is not inline (a p, li, td, div, custom element…), or null. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/** Up to `want` characters of text next to `from` inside `block`, walking one text node at a time. */
function textBeside(block: Element, from: Text, want: number, forward: boolean): string {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, (node) =>
    node.parentElement && isSkippedElement(node.parentElement)
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT,
  );
  walker.currentNode = from;
  const parts: string[] = [];
  let length = 0;
  for (let n = forward ? walker.nextNode() : walker.previousNode(); n && length < want + 1;) {
    const data = (n as Text).data;
    parts.push(data);
    length += data.length;
    n = forward ? walker.nextNode() : walker.previousNode();
  }
  return forward ? parts.join('') : parts.toReversed().join('');
}

/**
 * The mention with up to 40 characters of its block's text on either side, e.g. "…took Accutane for…".
 * Costs what the snippet is long, whatever the page: it walks out from the mention's own text nodes and
 * stops at the nearest block, never stringifying the block (a div-soup forum's nearest match-all block
 * used to be <body>).
 */
export function snippetOf(mention: Mention): string {
  const block = blockOf(mention.startNode);
  const startData = mention.startNode.data;
  const endData = mention.endNode.data;
  // Twice the context, so whitespace squashed away still leaves enough.
  const window = 2 * CONTEXT_CHARS;
  let pre = startData.slice(Math.max(0, mention.startOffset - window), mention.startOffset);
  let post = endData.slice(mention.endOffset, mention.endOffset + window);
  // The mention's own text node ran out first: go on into its neighbours in the block.
  if (block && mention.startOffset < window)
    pre = textBeside(block, mention.startNode, window - pre.length, false) + pre;
  if (block && endData.length - mention.endOffset < window)
    post += textBeside(block, mention.endNode, window - post.length, true);
  pre = squash(pre).trimStart();
  post = squash(post).trimEnd();
  const head = pre.length > CONTEXT_CHARS ? `…${pre.slice(-CONTEXT_CHARS).trimStart()}` : pre;
  const tail = post.length > CONTEXT_CHARS ? `${post.slice(0, CONTEXT_CHARS).trimEnd()}…` : post;
  return `${head}${mention.text}${tail}`;
}

/** What the page tells the popup (top frame): host, state, medications mentioned and listed mentions. */
export function pageInfoOf(
  page: Pick<PageSettings, 'state'>,
  mentions: readonly Mention[],
  snippets: WeakMap<Mention, string>,
): PageInfo {
  const list = page.state === 'active' ? mentions : [];
  const summaries: MentionSummary[] = list.slice(0, MAX_LISTED).map((m) => {
    let snippet = snippets.get(m);
    if (snippet === undefined) snippets.set(m, (snippet = snippetOf(m)));
    return { id: m.id, name: m.text, snippet };
  });
  const medications = [...new Set(list.map((m) => m.name.medicationId))];
  return { host: location.hostname, state: page.state, count: list.length, medications, mentions: summaries };
}

/** The page-info module (lazy, entrypoints/page-info.ts): answers one open popup through its port. */
export interface PageInfoModule {
  serve(
    port: Browser.runtime.Port,
    page: PageSettings,
    session: Pick<DetectionSession, 'mentions' | 'onChange'>,
    signal: AbortSignal,
  ): void;
}

// Each snippet is computed once per mention for as long as the mention lives, across popup openings.
const snippets = new WeakMap<Mention, string>();

/**
 * Answers one open popup: sends what the page shows at once and again after every change (mentions
 * found or gone, settings), at most every 250 ms, until the popup closes or `signal` aborts.
 */
export const PAGE_INFO_MODULE: PageInfoModule = {
  serve(port, page, session, signal) {
    const open = new AbortController();
    const stop = AbortSignal.any([signal, open.signal]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const push = (): void => {
      timer = undefined;
      if (stop.aborted) return;
      const info = pageInfoOf(page, session.mentions, snippets);
      const text = JSON.stringify(info);
      if (text === last) return;
      last = text;
      try {
        port.postMessage(info);
      } catch {
        open.abort(); // the popup closed between the change and the push
      }
    };
    const schedule = (): void => {
      timer ??= setTimeout(push, PUSH_MS);
    };
    session.onChange(schedule, stop);
    page.onChange(schedule, stop);
    port.onDisconnect.addListener(() => open.abort());
    stop.addEventListener('abort', () => clearTimeout(timer), { once: true });
    push();
  },
};
