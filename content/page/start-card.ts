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
  locale: resolveLocale(settings.language),
});

/**
 * Hover card for this frame's mentions, following settings live. The top frame also answers the popup's
 * "reveal mention N" and the keyboard command's "next mention" (both are sent to frame 0 only).
 * Nothing is set up until the frame has a mention: a page (or ad frame) that never mentions a name gets
 * no pointer listener from us. The card module (Preact, components, content) loads when the pointer
 * first rests on a mention (or on the first opening from the keyboard or the popup).
 */
export function startCard(
  ctx: ContentScriptContext,
  session: MentionSource & { readonly count: number },
  page: PageSettings,
): void {
  let card: CardController | null = null;
  const start = (): void => {
    if (card || session.count === 0 || ctx.isInvalid) return;
    const controller = createCardController(ctx, session, cardSettings(page));
    card = controller;
    page.onChange((next) => {
      controller.update(cardSettings(next));
      if (next.state !== 'active') controller.close();
    }, ctx.signal);
  };
  session.onChange(start, ctx.signal);
  start();
  if (isTopFrame()) {
    onMessage('revealMention', async ({ id }) => (card ? card.revealMention(id) : false), ctx.signal);
    onMessage('nextMention', async () => (card ? card.openNext() : false), ctx.signal);
  }
}
