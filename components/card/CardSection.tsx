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
    <li class={`mg-item mg-sev-${item.severity}`} data-item={item.id}>
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

const PhoneIcon = () => (
  <svg class="mg-warn-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"
      fill="currentColor"
    />
  </svg>
);

const items = (list: readonly ViewItem[], sourceNumber: ReadonlyMap<string, number>) => (
  <ul class="mg-items">
    {list.map((item) => (
      <Item key={item.id} item={item} sourceNumber={sourceNumber} />
    ))}
  </ul>
);

/**
 * A titled list of statements. The pregnancy section is drawn as a prominent warning box; "get help
 * now" as a separate urgent block whose groups (call the emergency number / call your prescriber)
 * each have their own heading.
 */
export function CardSectionView({ section, sourceNumber }: SectionProps) {
  const headingId = `mg-sec-${section.kind}`;
  const look = section.boxed ? ' mg-boxed' : section.urgent ? ' mg-urgent' : '';
  return (
    <section class={`mg-section mg-kind-${section.kind}${look}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="mg-section-title">
        {section.boxed && <WarningIcon />}
        {section.urgent && <PhoneIcon />}
        {section.title}
      </h3>
      {section.groups
        ? section.groups.map((group) => (
            <div key={group.id} class={`mg-group mg-group-${group.urgency}`}>
              <h4 class="mg-group-title">{group.title}</h4>
              {items(group.items, sourceNumber)}
            </div>
          ))
        : items(section.items, sourceNumber)}
    </section>
  );
}
