import { useT } from '../shared/use-translator';
import type { CardView } from './card-view';

/** Last-reviewed date, content version and the disclaimer: the close of every medication card. */
export function CardFooter({ view }: { view: Pick<CardView, 'lastReviewed' | 'contentVersion'> }) {
  const t = useT();
  const [before, after] = t('card.lastReviewed', { date: '\u0000', version: view.contentVersion }).split(
    '\u0000',
  );
  return (
    <footer class="mg-foot">
      <p>
        {before}
        <time dateTime={view.lastReviewed}>{view.lastReviewed}</time>
        {after}
      </p>
      <p class="mg-disclaimer">{t('card.disclaimer')}</p>
    </footer>
  );
}
