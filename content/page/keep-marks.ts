import type { DetectionSession } from '../detection/detection-session';
import type { HighlightStyleHandle } from './highlight-style';

/** How often marks are checked while the page has mentions: a Map lookup and two size compares. */
export const KEEP_MARKS_MS = 500;

/**
 * Puts our marks and their style back when the page removes them: a page calling
 * `CSS.highlights.clear()`, deleting or clearing our highlight, or assigning `document.adoptedStyleSheets`
 * would otherwise silently unmark every mention. Checked after every change and on a light timer while
 * mentions exist; no timer runs on a page without mentions.
 */
export function keepMarks(
  session: Pick<DetectionSession, 'count' | 'onChange' | 'restoreHighlights'>,
  style: HighlightStyleHandle,
  signal: AbortSignal,
): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = (): void => {
    session.restoreHighlights();
    style.restore();
  };
  const follow = (): void => {
    if (session.count > 0 && timer === undefined && !signal.aborted)
      timer = setInterval(check, KEEP_MARKS_MS);
    else if (session.count === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
    if (session.count > 0) check();
  };
  session.onChange(follow, signal);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  follow();
}
