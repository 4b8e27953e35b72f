import type { CardView } from './card-view';

/** Last-reviewed date, content version and the disclaimer: the close of every medication card. */
export function CardFooter({
  view,
}: {
  view: Pick<CardView, 'lastReviewed' | 'contentVersion' | 'disclaimer'>;
}) {
  return (
    <footer class="mg-foot">
      <p>
        Last reviewed <time dateTime={view.lastReviewed}>{view.lastReviewed}</time> · content{' '}
        {view.contentVersion}
      </p>
      <p class="mg-disclaimer">{view.disclaimer}</p>
    </footer>
  );
}
