import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTopFrame } from '../../utils/frame';
import { startDetection, type DetectionSession } from '../detection/detection-session';
import { applyHighlightStyle } from './highlight-style';
import { keepMarks } from './keep-marks';
import { noticeOrphaned } from './notice-orphaned';
import {
  detectionOptions,
  watchDetectionOptions,
  watchPageSettings,
  type PageSettings,
} from './page-settings';
import { reportBadge } from './report-badge';
import { startCard } from './start-card';

/** Everything MedGlance runs on a page once it is needed. */
export interface RunningPage {
  readonly page: PageSettings;
  readonly session: DetectionSession;
}

const started = new WeakMap<ContentScriptContext, Promise<RunningPage>>();

/**
 * Starts MedGlance in this frame on first call for `ctx` (later calls get the same start): settings,
 * detection, highlight style, the card, the orphan check, and in the top frame the badge. Called when
 * the frame may mention a name (the fast path, content/detection/watch-for-names.ts) or when the popup
 * or a keyboard command asks about the page.
 */
export function startPage(ctx: ContentScriptContext): Promise<RunningPage> {
  let start = started.get(ctx);
  if (!start) {
    start = (async () => {
      // Only now is there anything to take down when the extension goes away (three listeners saved per
      // frame that never mentions a name).
      noticeOrphaned(ctx);
      const page = await watchPageSettings(ctx.signal);
      const session = startDetection(ctx, detectionOptions(page));
      // Rescan only when what is detected changes (on/off, name groups), not on e.g. a colour change.
      watchDetectionOptions(page, (options) => session.update(options), ctx.signal);
      keepMarks(session, applyHighlightStyle(page, session, ctx.signal), ctx.signal);
      startCard(ctx, session, page);
      if (isTopFrame()) reportBadge(ctx, page, session);
      return { page, session };
    })();
    started.set(ctx, start);
  }
  return start;
}
