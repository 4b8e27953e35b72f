// The one place that binds the bench to the detection modules, so an API change touches only this file.
import { startDetection } from '../content/detection/detection-session';
import { compileMatcher } from '../content/detection/match-names';
import { documentMayMention } from '../content/detection/presence-check';
import { highlightSheetCss } from '../content/page/highlight-style';
import { ISOTRETINOIN } from '../medications/isotretinoin';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';

/** What the bench needs from a running detection: its match count, its hover hit-test, teardown. */
export interface RunningDetection {
  matches(): number;
  /** The match under the viewport point, or null; `target` is the pointer event's target when known. */
  hitTest(x: number, y: number, target?: Element | null): unknown;
  /** Resolves when the work caused by the latest DOM changes is done. */
  settled(): Promise<void>;
  stop(): void;
}

/** The real matcher for every default name: its presence test is the floor's "one regex test". */
export const matcher = compileMatcher(ISOTRETINOIN.names);

/**
 * What the extension does in a page, with every name group on (its default): the content script's
 * presence check of the whole document (content/detection/watch-for-names.ts), then, only if a name may
 * be on the page, the real detection session (content/detection/detection-session.ts). Resolves when
 * the check said no, or when the full scan and the highlight are done.
 */
export async function startDetectionUnderTest(): Promise<RunningDetection> {
  const controller = new AbortController();
  if (!(await documentMayMention(matcher, controller.signal)))
    return { matches: () => 0, hitTest: () => null, settled: async () => {}, stop: () => controller.abort() };
  const session = startDetection(controller.signal, {
    enabled: true,
    nameGroups: {},
  });
  // The marks look as the extension draws them by default, adopted at the first mention as the
  // extension does (content/page/highlight-style.ts): paint, the style recalculation the rule causes and
  // every later DOM change pay what they pay with the extension (an unstyled highlight paints nothing).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightSheetCss(DEFAULT_SETTINGS));
  const adopt = (): void => {
    if (session.count === 0 || document.adoptedStyleSheets.includes(sheet)) return;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  session.onChange(adopt, controller.signal);
  controller.signal.addEventListener('abort', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
  await session.settled();
  return {
    matches: () => session.count,
    hitTest: (x, y, target) => session.hitTest(x, y, target),
    settled: () => session.settled(),
    stop: () => controller.abort(),
  };
}
