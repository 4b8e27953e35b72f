import { MEDICATIONS } from '../../medications/registry';
import { reportCaught } from '../../utils/dev-log';
import type { MedicationNames } from '../../medications/types';
import { walkText, type TextCursor } from './collect-text';
import { createHighlighter } from './highlighter';
import { createHitTester, type HitTester } from './hit-test';
import { compileMatcher, enabledNames, type NameGroupSettings, type NameMatcher } from './match-names';
import type { Mention } from './mention';
import { createMentionStore, type MentionStore } from './mention-store';
import {
  blockOf,
  changedBlocks,
  observeChanges,
  type ChangeObserver,
  type DomChanges,
} from './observe-changes';
import { subtreeMayMention } from './presence-check';
import { mayMention, scanChunk } from './scan-text';
import { createShadowRootRegistry, type ShadowRootRegistry } from './shadow-roots';
import { isDesignMode, isInSkippedSubtree, isSkippedTag, noteAddedEditors } from './skip-rules';
import { Slices } from './yield-to-page';

/** What to detect: the one options type (content/page/page-settings.ts derives it from the settings). */
export interface DetectionOptions {
  /** Off removes every highlight and mention. */
  readonly enabled: boolean;
  /** Name groups per medication id; a medication without an entry has every group on. */
  readonly nameGroups: NameGroupSettings;
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
  /** The mention with this id, while it is on the page. */
  mentionById(id: number): Mention | undefined;
  /** The mention under a viewport point, or null; cheap enough for every pointermove. */
  hitTest(x: number, y: number, target?: Element | null): Mention | null;
  /** The mention at (x, y) beneath an element that covers it (hit-test.ts); for a pointer at rest. */
  hitTestBelow(x: number, y: number): Mention | null;
  /** The open shadow roots scanned so far (their styles and the hit-test need them). */
  readonly shadowRoots: ShadowRootRegistry;
  /** Called (batched) whenever mentions change. */
  onChange(listener: () => void, signal?: AbortSignal): void;
  /** Puts the highlights back if the page removed them (cheap; call on change or pointer move). */
  restoreHighlights(): void;
  /** Resolves when the current scan (initial, or after update) has finished. */
  settled(): Promise<void>;
  /** Re-run with new options (enabled name groups, on/off); off removes all highlights. */
  update(options: DetectionOptions): void;
  stop(): void;
}

// One compiled matcher per (medication list, name groups): compiling costs a few ms of regex work and
// settings changes toggle between a handful of states.
const matchers = new WeakMap<readonly MedicationNames[], Map<string, NameMatcher>>();
/** The matcher for these medications and name groups (compiled once per combination). */
export function matcherFor(medications: readonly MedicationNames[], groups: NameGroupSettings): NameMatcher {
  let byKey = matchers.get(medications);
  if (!byKey) matchers.set(medications, (byKey = new Map()));
  const key = JSON.stringify(medications.map((m) => groups[m.id] ?? null));
  let matcher = byKey.get(key);
  if (!matcher) byKey.set(key, (matcher = compileMatcher(enabledNames(medications, groups))));
  return matcher;
}

/**
 * Everything one enabled run owns; replaced wholesale on update(). Work queued by an older run sees its
 * own aborted signal and stops: it can never write into the new run's mentions.
 */
interface Run {
  readonly signal: AbortSignal;
  readonly controller: AbortController;
  readonly matcher: NameMatcher;
  readonly store: MentionStore;
  readonly hits: HitTester;
  readonly observer: ChangeObserver;
  done: Promise<void>;
}

/** A queued root still worth scanning: in the page, and not (or no longer) in a skipped subtree. */
const live = (root: Node): boolean => root.isConnected && !isInSkippedSubtree(root);

/**
 * Starts detection in this frame: a cheap presence check, then a time-sliced scan, then incremental
 * rescans of what changes. Everything stops when `owner` (WXT's ctx, or a signal) is invalidated.
 * `medications` defaults to the registry (tests pass their own).
 */
export function startDetection(
  owner: AbortSignal | { readonly signal: AbortSignal },
  options: DetectionOptions,
  medications: readonly MedicationNames[] = MEDICATIONS,
): DetectionSession {
  const life = owner instanceof AbortSignal ? owner : owner.signal;
  const listeners = new Set<() => void>();
  const shadowRoots = createShadowRootRegistry();
  let run: Run | null = null;
  let lastCount = 0;

  const notify = (r: Run | null): void => {
    if (r !== run) return;
    const changed = r ? r.store.takeChanged() : lastCount > 0;
    lastCount = r?.store.size() ?? 0;
    if (!changed) return;
    for (const listener of listeners) listener();
  };

  const scanCursor = (r: Run, cursor: TextCursor, slices: Slices, sequential: boolean): boolean => {
    for (;;) {
      const chunk = cursor.next(16_000);
      if (!chunk) return true;
      // The walk resumes after yields: text it reaches may have left the page since (a subtree removed
      // while the walk was inside it, its removal batch already handled).
      const found = scanChunk(chunk, r.matcher).filter((m) => m.isConnected);
      r.store.replace(chunk.nodes, found, sequential);
      if (slices.due) return false;
    }
  };
  const onShadowRoot = (r: Run) => (shadow: ShadowRoot) => {
    shadowRoots.add(shadow);
    r.observer.observe(shadow);
  };

  /**
   * Scans `roots` in slices that yield to the page; stops when the run is replaced. Each root is checked
   * when its turn comes, not when it was queued: it may have left the page, or become an editor, since.
   * The presence checks of all roots come first; the walk starts in a task of its own.
   */
  const scanRoots = async (r: Run, roots: readonly Node[], sequential: boolean): Promise<void> => {
    const slices = new Slices();
    const todo: Node[] = [];
    // Shadow roots the check reads are watched even when they hold no name yet: text rendered into
    // them later never reaches the document's observer.
    const watch = (shadow: ShadowRoot): void => r.observer.observe(shadow);
    for (const root of roots) {
      if (live(root) && (await subtreeMayMention(root, r.matcher, r.signal, slices, watch))) todo.push(root);
      if (r.signal.aborted) return;
    }
    if (todo.length === 0) return;
    await slices.next();
    for (const root of todo) {
      // A walk that lost its place (the page removed what it was inside) starts over, a few times at
      // most: mentions are replaced per text node, so reading text twice never counts it twice.
      for (let attempt = 0; attempt < 3; attempt++) {
        if (r.signal.aborted) return;
        if (!live(root)) break;
        // A root inside components (text rendered later into a shadow root the first walk saw empty):
        // their shadow roots join the registry, for the hit-test and the highlight style.
        for (let tree = root.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode())
          onShadowRoot(r)(tree);
        // A list item is ruled out by the presence check's own test: a name split by soft hyphens or
        // zero-width characters must keep its item.
        const cursor = walkText(root, onShadowRoot(r), (text) => mayMention(text, r.matcher));
        while (!scanCursor(r, cursor, slices, sequential && attempt === 0)) {
          notify(r);
          await slices.next();
          if (r.signal.aborted) return;
        }
        if (!cursor.lost) break;
      }
    }
    notify(r);
  };

  const onChanges = (r: Run, changes: DomChanges): void => {
    if (isDesignMode()) {
      // The whole document became an editor: nothing in it is read any more.
      r.store.dropWithin(document);
      return notify(r);
    }
    if (changes.removed || changes.changedText.length) {
      r.store.dropDisconnected();
      if (changes.removed) shadowRoots.connected();
    }
    // Text the page moved into an editor (an inline "edit" mode) leaves us; an editor added while a walk
    // is paused is not read by it (and what it read there before this batch is dropped).
    // Looked up by text node, so the cost follows what was added, not how many mentions the page has.
    const dropTextIn = (root: Node): void => {
      if (root.nodeType === 3) return void r.store.dropTouching(root as Text);
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode(); t; t = texts.nextNode()) r.store.dropTouching(t as Text);
    };
    for (const node of changes.added) {
      const editors = node.nodeType === 1 ? noteAddedEditors(node as Element) : [];
      // A script, style or frame the page adds holds no text of ours.
      if (node.nodeType === 1 && isSkippedTag(node as Element)) continue;
      if (isInSkippedSubtree(node)) dropTextIn(node);
      else for (const editor of editors) dropTextIn(editor);
    }
    const roots = changedBlocks(changes);
    for (const el of changes.editability) {
      // Became an editor: its text leaves us. Stopped being one: read it again.
      if (isInSkippedSubtree(el)) r.store.dropWithin(el);
      else roots.add(el);
    }
    // A changed text drops its mentions; one that only continued there is read again from its block.
    for (const text of changes.changedText)
      for (const start of r.store.dropTouching(text))
        if (start.parentNode) roots.add(blockOf(start.parentNode));
    // One failed rescan (a page doing something we did not foresee) must not stop later ones.
    r.done = r.done
      .then(() => scanRoots(r, [...roots], false))
      .catch((error: unknown) => reportCaught('rescan', error));
    notify(r);
  };

  const begin = (opts: DetectionOptions): void => {
    run?.controller.abort();
    run = null;
    if (!opts.enabled || life.aborted) return notify(null);
    const controller = new AbortController();
    const signal = AbortSignal.any([life, controller.signal]);
    const hits = createHitTester(() => shadowRoots.connected());
    const r: Run = {
      signal,
      controller,
      matcher: matcherFor(medications, opts.nameGroups),
      store: createMentionStore(createHighlighter(signal), hits),
      hits,
      observer: observeChanges((changes) => onChanges(r, changes), signal),
      done: Promise.resolve(),
    };
    run = r;
    r.observer.observe(document);
    const root = document.body ?? document.documentElement;
    // Most pages never mention the drug: the sliced presence check (first step of scanRoots) settles them.
    r.done = scanRoots(r, [root], true).catch((error: unknown) => reportCaught('first scan', error));
  };

  begin(options);
  life.addEventListener('abort', () => begin({ ...options, enabled: false }), { once: true });

  return {
    get mentions() {
      return run?.store.ordered() ?? [];
    },
    get count() {
      return run?.store.size() ?? 0;
    },
    mentionById: (id) => run?.store.byId(id),
    hitTest: (x, y, target) => run?.hits.hitTest(x, y, target) ?? null,
    hitTestBelow: (x, y) => run?.hits.hitTestBelow(x, y) ?? null,
    shadowRoots,
    onChange(listener, signal) {
      if (signal?.aborted) return;
      listeners.add(listener);
      signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    restoreHighlights: () => run?.store.restoreHighlights(),
    settled: async () => {
      // A batch may chain more work while we wait: wait until the chain stops growing.
      for (let done = run?.done; done; done = run?.done === done ? undefined : run?.done) await done;
    },
    update: begin,
    stop: () => begin({ ...options, enabled: false }),
  };
}
