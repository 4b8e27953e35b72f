import { reportCaught } from '../../utils/dev-log';
import { everyNamePresence } from './every-name';
import { changedBlocks, observeChanges } from './observe-changes';
import { documentMayMention, subtreeMayMention, type StopSignal } from './presence-check';
import { isInSkippedSubtree } from './skip-rules';

/**
 * The fast path for frames that mention nothing (most pages, and nearly every ad frame): resolves as
 * soon as this frame may mention a name, now or after a later change of the page, and until then does
 * nothing but the presence check (with every name: a superset of what any settings look for) and one
 * batched MutationObserver (with, where custom elements wait for their definition, one timer that looks
 * at one element of each such name: watch-upgrades.ts). No settings are read, no style adopted, no
 * listener added, so a frame that never mentions a name costs the check and little else. Never
 * resolves after `signal` aborts.
 */
export function whenFrameMayMention(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const matcher = everyNamePresence();
    // A flag, not a second AbortController joined with AbortSignal.any: each new DOM interface a frame
    // touches costs it a binding set-up, and most frames never find a name.
    let done = false;
    const stop: StopSignal = {
      get aborted() {
        return done || signal.aborted;
      },
    };
    const found = (): void => {
      done = true;
      observer.disconnect();
      resolve();
    };
    const observeShadow = (shadow: ShadowRoot): void => observer.observe(shadow);
    let checks = Promise.resolve();
    const check = (roots: readonly Node[] | 'document'): void => {
      checks = checks.then(async () => {
        if (roots === 'document') {
          const body = document.body ?? document.documentElement;
          if (!isInSkippedSubtree(body) && (await documentMayMention(matcher, stop, observeShadow))) found();
          return;
        }
        for (const root of roots) {
          if (stop.aborted) return;
          if (!root.isConnected || isInSkippedSubtree(root)) continue;
          if (await subtreeMayMention(root, matcher, stop, undefined, observeShadow)) return found();
        }
      });
      // One failed check (a page doing something unforeseen) must not stop the later ones.
      checks = checks.catch((error: unknown) => reportCaught('presence check', error));
    };
    const observer = observeChanges((changes) => {
      const roots = changedBlocks(changes);
      // An element that stopped being an editor may show a name it held all along.
      for (const el of changes.editability) roots.add(el);
      if (roots.size) check([...roots]);
    }, signal);
    observer.observe(document);
    check('document');
  });
}
