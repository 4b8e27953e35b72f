// Bundled into a page by detection-modules.e2e.test.ts: exposes the real detection session to the page's
// own world so tests can call hitTest/mentions directly, without the extension's isolated world.
import { startDetection } from '../../content/detection/detection-session';
import { compileMatcher, enabledNames } from '../../content/detection/match-names';
import { namesOnlyInSkipped } from '../../content/detection/presence-check';
import { MEDICATIONS } from '../../medications/registry';

let everyName: ReturnType<typeof compileMatcher> | undefined;

(globalThis as unknown as { MedglanceDetection: unknown }).MedglanceDetection = {
  startDetection,
  /** True when the body's whole text has names (every name on) only inside skipped elements. */
  namesOnlyInSkipped: () =>
    namesOnlyInSkipped(
      document.body,
      document.body.textContent ?? '',
      (everyName ??= compileMatcher(enabledNames(MEDICATIONS, {}))),
    ),
};
