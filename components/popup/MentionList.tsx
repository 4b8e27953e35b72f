import { useRef, useState } from 'preact/hooks';
import type { MentionSummary } from '../../utils/messaging';
import { useT } from '../shared/use-translator';

/**
 * The page's mentions as buttons; activating one asks the page to jump to it and open its card. The
 * button's name is its visible text (name + snippet), so speech input users can say what they see.
 * Each refers to its mention by id, which stays right while the page's list changes. A mention the page
 * does not show (a closed section, a hidden tab) cannot be jumped to: a status line says so.
 */
export function MentionList(props: {
  count: number;
  mentions: readonly MentionSummary[];
  /** Resolves false when the page could not show that mention. */
  onReveal: (id: number) => Promise<boolean | undefined>;
}) {
  const t = useT();
  const { count, mentions } = props;
  // The mention last picked that the page could not show; the line goes once it leaves the list. Only
  // the latest pick's answer counts (quick clicks may be answered out of order).
  const [notShown, setNotShown] = useState<number | null>(null);
  const picks = useRef(0);
  const reveal = async (id: number): Promise<void> => {
    const pick = ++picks.current;
    setNotShown(null);
    const shown = await props.onReveal(id);
    if (pick === picks.current) setNotShown(shown === false ? id : null);
  };
  if (count === 0) return <p class="summary">{t('popup.mentions.none')}</p>;
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading" class="summary">
        {t('popup.mentions.count', { count })}
      </h2>
      <ol class="mentions">
        {mentions.map((m) => (
          <li key={m.id}>
            <button type="button" class="mention" onClick={() => void reveal(m.id)}>
              <span class="mention-name">{m.name}</span>
              <span class="visually-hidden">: </span>
              <span class="mention-snippet">{m.snippet}</span>
            </button>
          </li>
        ))}
      </ol>
      <p role="status" class="help">
        {notShown !== null && mentions.some((m) => m.id === notShown) ? t('popup.mentions.notShown') : ''}
      </p>
      {mentions.length < count && (
        <p class="help">{t('popup.mentions.firstShown', { shown: mentions.length })}</p>
      )}
    </section>
  );
}
