import type { ComponentChildren } from 'preact';
import type { MedicationContent, MedicationName, Region } from '../../medications/types';
import { cardView, type CardDetail } from './card-view';
import { CardSectionView } from './CardSection';
import { CardSources } from './CardSources';
import { CardFooter } from './CardFooter';
import type { Translator } from '../../i18n/translate';
import { useT } from '../shared/use-translator';

export interface MedicationCardProps {
  readonly content: MedicationContent;
  /** The name as written on the page, e.g. "Accutane"; defaults to the generic name. */
  readonly foundAs?: string;
  /** The canonical name entry that matched, for the "brand of …" line. */
  readonly name?: MedicationName;
  readonly detail: CardDetail;
  /** When given, the card shows a More/Less control that calls it. */
  readonly onDetailChange?: (detail: CardDetail) => void;
  /** The reader's region; undefined shows every region's rules. */
  readonly region?: Region;
  /** The reader's country, for its own phone numbers (e.g. "MX"). */
  readonly country?: string;
  /** Id of the title element, so a dialog wrapper can name itself after the medication. */
  readonly titleId: string;
  /** Buttons shown beside the title (pin, close). */
  readonly actions?: ComponentChildren;
}

/** UI label (not medical text): how the name on the page relates to the medication. */
function relation(
  t: Translator,
  name: MedicationName | undefined,
  generic: string,
  soldIn: string | undefined,
): string | null {
  switch (name?.group) {
    case 'brands':
      return soldIn
        ? t('card.relation.brandIn', { generic, country: soldIn })
        : t('card.relation.brand', { generic });
    case 'international':
      return t('card.relation.international', { generic });
    case 'misspellings':
      return t('card.relation.misspelling', { generic });
    default:
      return null;
  }
}

/** The medication card: header, pregnancy warning first, key sections, sources, review date, disclaimer. */
export function MedicationCard(props: MedicationCardProps) {
  const { content, detail, onDetailChange, titleId } = props;
  const t = useT();
  const view = cardView(content, detail, { region: props.region, country: props.country, locale: t.locale });
  const sourceNumber = new Map(view.sources.map((source, i) => [source.id, i + 1]));
  const soldIn = props.name && content.brands?.[props.name.text]?.soldIn[t.locale];
  const subtitle = relation(t, props.name, view.genericName, soldIn);

  return (
    <article class="mg-med" lang={view.locale}>
      <header class="mg-head">
        <div class="mg-titles">
          <h2 id={titleId} class="mg-title">
            {props.foundAs ?? view.genericName}
          </h2>
          {subtitle && <p class="mg-subtitle">{subtitle}</p>}
        </div>
        {props.actions}
      </header>
      <div class="mg-scroll">
        <p class="mg-summary">{view.summary}</p>
        {view.sections.map((section) => (
          <CardSectionView key={section.kind} section={section} sourceNumber={sourceNumber} />
        ))}
        {onDetailChange && (detail === 'full' || view.moreCount > 0) && (
          <button
            type="button"
            class="mg-more"
            aria-expanded={detail === 'full'}
            onClick={() => onDetailChange(detail === 'full' ? 'compact' : 'full')}
          >
            {detail === 'full' ? t('card.less') : t('card.more', { count: view.moreCount })}
          </button>
        )}
        <CardSources sources={view.sources} />
        <CardFooter view={view} />
      </div>
    </article>
  );
}
