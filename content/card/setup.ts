import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ISOTRETINOIN_CONTENT } from '../../medications/isotretinoin/content';
import { onMessage } from '../../utils/messaging';
import type { PageSettings } from '../page/page-settings';
import { createCardController, type CardController, type CardSettings } from './controller';
import type { MentionSource } from './types';

const cardSettings = ({ settings }: Pick<PageSettings, 'settings'>): CardSettings => ({
  trigger: settings.trigger,
  hoverDelayMs: settings.hoverDelayMs,
  theme: settings.theme,
  textSize: settings.textSize,
  region: settings.region,
  cardOpens: settings.cardOpens,
});

/**
 * Hover card for this frame's mentions, following settings live. The top frame also answers the popup's
 * "reveal mention N" and the keyboard command's "next mention" (both are sent to frame 0 only).
 * The card UI mounts on first use. Content scripts build to one IIFE (no code splitting), so the card
 * code ships in the content bundle but does nothing, and adds nothing to the page, until needed.
 */
export function startCard(
  ctx: ContentScriptContext,
  session: MentionSource,
  page: PageSettings,
): CardController {
  const card = createCardController(ctx, session, {
    ...cardSettings(page),
    // One medication today; a second one would map mention.name to its content here.
    contentFor: () => ISOTRETINOIN_CONTENT,
  });
  page.onChange((next) => {
    card.update(cardSettings(next));
    if (next.state !== 'active') card.close();
  }, ctx.signal);
  if (window === window.top) {
    onMessage('revealMention', ({ index }) => card.revealMention(index), ctx.signal);
    onMessage('nextMention', () => card.openNext(), ctx.signal);
  }
  return card;
}
