import { cardView } from '../card/card-view';
import { CardSectionView } from '../card/CardSection';
import { CardSources } from '../card/CardSources';
import { CardFooter } from '../card/CardFooter';
import type { MedicationContent, Region } from '../../medications/types';
import { useT } from '../shared/use-translator';

/**
 * The full medication card for the popup, built from the card's own pieces, with each section
 * collapsible so the 360 px popup stays scannable. The pregnancy warning (the boxed section) starts open;
 * every other section starts closed. The section's own heading stays inside for screen readers' outline.
 */
export function PopupCard(props: {
  content: MedicationContent;
  region: Region | undefined;
  country: string | undefined;
  titleId: string;
}) {
  const t = useT();
  const view = cardView(props.content, 'full', {
    region: props.region,
    country: props.country,
    locale: t.locale,
  });
  const sourceNumber = new Map(view.sources.map((source, i) => [source.id, i + 1]));
  return (
    <article class="mg-med popup-card" lang={view.locale} aria-labelledby={props.titleId}>
      <h2 id={props.titleId} class="mg-title">
        {view.genericName}
      </h2>
      <p class="mg-summary">{view.summary}</p>
      {view.sections.map((section) => (
        <details key={section.kind} class="popup-section" open={section.boxed}>
          <summary>{section.title}</summary>
          <CardSectionView section={section} sourceNumber={sourceNumber} />
        </details>
      ))}
      <details class="popup-section">
        <summary>{t('popup.sources')}</summary>
        <CardSources sources={view.sources} />
      </details>
      <CardFooter view={view} />
    </article>
  );
}
