import type { MentionSummary } from '../../utils/messaging';
import { useT } from '../shared/use-translator';

/**
 * The page's mentions as buttons; activating one asks the page to jump to it and open its card. The
 * button's name is its visible text (name + snippet), so speech input users can say what they see.
 * Each refers to its mention by id, which stays right while the page's list changes.
 */
export function MentionList(props: {
  count: number;
  mentions: readonly MentionSummary[];
  onReveal: (id: number) => void;
}) {
  const t = useT();
  const { count, mentions } = props;
  if (count === 0) return <p class="summary">{t('popup.mentions.none')}</p>;
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading" class="summary">
        {t('popup.mentions.count', { count })}
      </h2>
      <ol class="mentions">
        {mentions.map((m) => (
          <li key={m.id}>
            <button type="button" class="mention" onClick={() => props.onReveal(m.id)}>
              <span class="mention-name">{m.name}</span>
              <span class="visually-hidden">: </span>
              <span class="mention-snippet">{m.snippet}</span>
            </button>
          </li>
        ))}
      </ol>
      {mentions.length < count && (
        <p class="help">{t('popup.mentions.firstShown', { shown: mentions.length })}</p>
      )}
    </section>
  );
}
