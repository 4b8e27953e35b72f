import type { MedicationName } from '../../medications/types';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { isInsideSkipped, isOwnUi, isSkipped, walkText, type TextCursor } from './collect-text';
import { createHighlighter, type Highlighter } from './highlighter';
import { createHitTester } from './hit-test';
import { compileMatcher, enabledNames, type NameGroups, type NameMatcher } from './match-names';
import { createMentionStore } from './mention-store';
import { pageMayMention } from './presence-check';
import { observeChanges, type ChangeObserver, type DomChanges } from './observe-changes';
import { mayMention, scanChunk } from './scan-text';
import { styleShadowRoot } from './shadow-styles';
import { SLICE_MS, yieldToPage } from './yield-to-page';

/** One mention of the medication on the page. */
export interface Mention {
  /** A live Range over the mention (created on first access; may span several text nodes). */
  readonly range: Range;
  /** As written on the page, e.g. "Accutane" (invisible characters removed). */
  readonly text: string;
  /** The canonical name entry matched. */
  readonly name: MedicationName;
}

/** What to detect. */
export interface DetectionOptions {
  /** Off removes every highlight and mention. */
  readonly enabled: boolean;
  readonly nameGroups: NameGroups;
}

/** Detection running in one frame: its mentions, hit-testing and change notifications. */
export interface DetectionSession {
  /**
   * Mentions in document order (top document + open shadow roots of this frame). Text hidden with CSS
   * counts: it is part of the page, and its highlight shows as soon as a tab or accordion reveals it
   * (checking visibility would need layout per match and attribute observers to stay right).
   */
  readonly mentions: readonly Mention[];
  /** Number of mentions (cheaper than `mentions.length`, which may sort). */
  readonly count: number;
  /** The mention under a viewport point, or null; cheap enough for every pointermove. */
  hitTest(x: number, y: number, target?: Element | null): Mention | null;
  /** Called (batched) whenever mentions change. */
  onChange(listener: () => void, signal?: AbortSignal): void;
  /** Resolves when the current scan (initial, or after update) has finished. */
  settled(): Promise<void>;
  /** Re-run with new options (enabled name groups, on/off); off removes all highlights. */
  update(options: DetectionOptions): void;
  stop(): void;
}

const matcherCache = new Map<string, NameMatcher>();
function matcherFor(groups: NameGroups): NameMatcher {
  const key = JSON.stringify([groups.brands, groups.international, groups.misspellings]);
  let matcher = matcherCache.get(key);
  if (!matcher) matcherCache.set(key, (matcher = compileMatcher(enabledNames(ISOTRETINOIN.names, groups))));
  return matcher;
}

/** Everything one enabled run owns; replaced wholesale on update(). */
interface Run {
  readonly controller: AbortController;
  readonly matcher: NameMatcher;
  readonly highlighter: Highlighter;
  readonly observer: ChangeObserver;
  done: Promise<void>;
}

/**
 * Starts detection in this frame: a cheap presence check, then a time-sliced scan, then incremental
 * rescans of what changes. Everything stops when `owner` (WXT's ctx, or a signal) is invalidated.
 */
export function startDetection(
  owner: AbortSignal | { readonly signal: AbortSignal },
  options: DetectionOptions,
): DetectionSession {
  const life = owner instanceof AbortSignal ? owner : owner.signal;
  const store = createMentionStore();
  const listeners = new Set<() => void>();
  const hitTester = createHitTester(() => store.all());
  let run: Run | null = null;

  const notify = (): void => {
    if (!store.takeChanged()) return;
    hitTester.invalidate();
    for (const listener of listeners) listener();
  };

  const scanCursor = (r: Run, cursor: TextCursor, deadline: number, sequential: boolean): boolean => {
    for (;;) {
      const chunk = cursor.next(16_000);
      if (!chunk) return true;
      store.replace(chunk.nodes, scanChunk(chunk, r.matcher), r.highlighter, sequential);
      if (performance.now() > deadline) return false;
    }
  };
  const onShadowRoot = (r: Run) => (shadow: ShadowRoot) => {
    styleShadowRoot(shadow, r.controller.signal);
    r.observer.observe(shadow);
  };

  /** Scans `roots` in slices that yield to the page; stops early when the run is replaced. */
  const scanRoots = async (r: Run, roots: readonly Node[], sequential: boolean): Promise<void> => {
    let deadline = performance.now() + SLICE_MS;
    for (const root of roots) {
      const cursor = walkText(root, onShadowRoot(r), (text) => mayMention(text, r.matcher));
      while (!scanCursor(r, cursor, deadline, sequential)) {
        notify();
        await yieldToPage();
        if (r.controller.signal.aborted) return;
        deadline = performance.now() + SLICE_MS;
      }
    }
    notify();
  };

  const onChanges = (r: Run, changes: DomChanges): void => {
    if (changes.removed || changes.changedText.length) store.dropDisconnected(r.highlighter);
    const roots = new Set<Node>();
    for (const text of changes.changedText) if (text.parentNode) roots.add(text.parentNode);
    for (const node of changes.added) {
      // A text node is rescanned with its siblings, so a word completed by the new text is found.
      const root = node.nodeType === 3 ? node.parentNode : node;
      if (root && (root.nodeType !== 1 || !isSkipped(root as Element))) roots.add(root);
    }
    const dirty = [...roots].filter(
      (root) => root.isConnected && !isInsideSkipped(root) && mayHaveMentions(root, r.matcher),
    );
    for (const text of changes.changedText) store.dropNode(text, r.highlighter);
    // One failed rescan (a page doing something we did not foresee) must not stop later ones.
    r.done = r.done.then(() => scanRoots(r, dirty, false)).catch(() => undefined);
    notify();
  };

  const begin = (opts: DetectionOptions): void => {
    run?.controller.abort();
    run = null;
    store.clear();
    if (!opts.enabled || life.aborted) return notify();
    const controller = new AbortController();
    const signal = AbortSignal.any([life, controller.signal]);
    const r: Run = {
      controller,
      matcher: matcherFor(opts.nameGroups),
      highlighter: createHighlighter(signal),
      observer: observeChanges((changes) => onChanges(r, changes), signal),
      done: Promise.resolve(),
    };
    run = r;
    r.observer.observe(document);
    const root = document.body ?? document.documentElement;
    // Most pages never mention the drug: a sliced textContent + regex check settles them.
    // The full scan starts in a task of its own.
    r.done = pageMayMention(root, r.matcher, controller.signal)
      .then(async (may) => {
        if (!may || controller.signal.aborted) return;
        await yieldToPage();
        if (!controller.signal.aborted) await scanRoots(r, [root], true);
      })
      .catch(() => undefined);
  };

  begin(options);
  life.addEventListener('abort', () => begin({ ...options, enabled: false }), { once: true });

  return {
    get mentions() {
      return store.ordered();
    },
    get count() {
      return store.size();
    },
    hitTest: (x, y, target) => hitTester.hitTest(x, y, target),
    onChange(listener, signal) {
      if (signal?.aborted) return;
      listeners.add(listener);
      signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    settled: async () => {
      // A batch may chain more work while we wait: wait until the chain stops growing.
      for (let done = run?.done; done; done = run?.done === done ? undefined : run?.done) await done;
    },
    update: begin,
    stop: () => begin({ ...options, enabled: false }),
  };
}

/**
 * The presence check: false only when `root` (its text, and the text of open shadow roots under it,
 * which textContent leaves out) cannot hold a mention. Subtrees already holding mentions always rescan.
 */
function mayHaveMentions(root: Node, matcher: NameMatcher): boolean {
  if (mayMention(root.textContent ?? '', matcher)) return true;
  if (root.nodeType !== 1 && root.nodeType !== 11) return false;
  const hasShadowMention = (el: Element): boolean =>
    !!el.shadowRoot && !isOwnUi(el) && mayHaveMentions(el.shadowRoot, matcher);
  if (root.nodeType === 1 && hasShadowMention(root as Element)) return true;
  for (const el of (root as Element | DocumentFragment).querySelectorAll('*'))
    if (hasShadowMention(el)) return true;
  return false;
}
