import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLocale } from '../../i18n/locales';
import { isTopFrame } from '../../utils/frame';
import { onMessage } from '../../utils/messaging';
import { createCardController, type CardController, type CardSettings } from '../card/controller';
import type { MentionSource } from '../card/types';
import type { PageSettings } from './page-settings';

const cardSettings = ({ settings }: Pick<PageSettings, 'settings'>): CardSettings => ({
  trigger: settings.trigger,
  hoverDelayMs: settings.hoverDelayMs,
  theme: settings.theme,
  textSize: settings.textSize,
  region: settings.region,
  cardOpens: settings.cardOpens,
  locale: resolveLocale(),
});

/**
 * Hover card for this frame's mentions, following settings live. The top frame also answers the popup's
 * "reveal mention N" and the keyboard command's "next mention" (both are sent to frame 0 only). The card
 * module (Preact, components, content) is loaded into the frame on the first opening.
 */
export function startCard(
  ctx: ContentScriptContext,
  session: MentionSource,
  page: PageSettings,
): CardController {
  const card = createCardController(ctx, session, cardSettings(page));
  page.onChange((next) => {
    card.update(cardSettings(next));
    if (next.state !== 'active') card.close();
  }, ctx.signal);
  if (isTopFrame()) {
    onMessage('revealMention', ({ id }) => card.revealMention(id), ctx.signal);
    onMessage('nextMention', () => card.openNext(), ctx.signal);
  }
  return card;
}
