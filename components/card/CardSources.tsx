import type { Source } from '../../medications/types';
import { useT } from '../shared/use-translator';

/** Numbered list of the sources the visible statements cite; links open in a new tab. */
export function CardSources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <section class="mg-sources" aria-labelledby="mg-sources-title">
      <h3 id="mg-sources-title" class="mg-section-title">
        {t('card.sources')}
      </h3>
      <ol class="mg-source-list">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            <span class="mg-publisher">
              {source.publisher} · {t('card.sourceRead', { date: source.readOn })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
