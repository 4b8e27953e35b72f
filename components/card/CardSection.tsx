import type { ViewItem, ViewSection } from '../../medications/view';
import { useT } from '../shared/use-translator';
import { regionLabel } from './region-label';

interface SectionProps {
  readonly section: ViewSection;
  /** Source id → number shown in the card's source list. */
  readonly sourceNumber: ReadonlyMap<string, number>;
}

/** One statement with its region label and numbered source references. */
function Item({ item, sourceNumber }: { item: ViewItem; sourceNumber: ReadonlyMap<string, number> }) {
  const t = useT();
  const region = regionLabel(t, item.regions);
  const refs = item.sources.flatMap((id) => sourceNumber.get(id) ?? []);
  return (
    <li class={`mg-item mg-sev-${item.severity}`}>
      {region && <span class="mg-region">{region}</span>} {item.text}
      {refs.length > 0 && (
        // Plain text, not links: a fragment link inside the card would change the page's URL.
        <sup class="mg-ref">
          <span class="mg-sr">{t('card.sourceRef', { count: refs.length })} </span>
          {refs.join(', ')}
        </sup>
      )}
    </li>
  );
}

const WarningIcon = () => (
  <svg class="mg-warn-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 2 1 21h22L12 2zm1 15h-2v2h2v-2zm0-8h-2v6h2V9z" fill="currentColor" />
  </svg>
);

/** A titled list of statements; the boxed (pregnancy) section is drawn as a prominent warning box. */
export function CardSectionView({ section, sourceNumber }: SectionProps) {
  const headingId = `mg-sec-${section.kind}`;
  return (
    <section
      class={`mg-section mg-kind-${section.kind}${section.boxed ? ' mg-boxed' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} class="mg-section-title">
        {section.boxed && <WarningIcon />}
        {section.title}
      </h3>
      <ul class="mg-items">
        {section.items.map((item) => (
          <Item key={item.id} item={item} sourceNumber={sourceNumber} />
        ))}
      </ul>
    </section>
  );
}
