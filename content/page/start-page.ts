import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTopFrame } from '../../utils/frame';
import { startDetection, type DetectionSession } from '../detection/detection-session';
import { applyHighlightStyle } from './highlight-style';
import { keepMarks } from './keep-marks';
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

/**
 * Starts MedGlance in this frame on first call (later calls get the same start): settings, detection,
 * highlight style, the card, and in the top frame the badge. Called when the frame may mention a name
 * (the fast path, content/detection/watch-for-names.ts) or when the popup asks about the page.
 */
export function pageStarter(ctx: ContentScriptContext): () => Promise<RunningPage> {
  let started: Promise<RunningPage> | undefined;
  return () =>
    (started ??= (async () => {
      const page = await watchPageSettings(ctx.signal);
      const session = startDetection(ctx, detectionOptions(page));
      // Rescan only when what is detected changes (on/off, name groups), not on e.g. a colour change.
      watchDetectionOptions(page, (options) => session.update(options), ctx.signal);
      keepMarks(session, applyHighlightStyle(page, session, ctx.signal), ctx.signal);
      startCard(ctx, session, page);
      if (isTopFrame()) reportBadge(ctx, page, session);
      return { page, session };
    })());
}
