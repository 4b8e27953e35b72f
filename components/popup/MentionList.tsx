import type { MentionSummary } from '../../utils/messaging';

/**
 * The page's mentions as buttons; activating one asks the page to jump to it and open its card. The
 * button's name is its visible text (name + snippet), so speech input users can say what they see.
 */
export function MentionList(props: {
  count: number;
  mentions: readonly MentionSummary[];
  onReveal: (index: number) => void;
}) {
  const { count, mentions } = props;
  if (count === 0) return <p class="summary">No mentions on this page</p>;
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading" class="summary">
        {count === 1 ? '1 mention on this page' : `${count} mentions on this page`}
      </h2>
      <ol class="mentions">
        {mentions.map((m) => (
          <li key={m.index}>
            <button type="button" class="mention" onClick={() => props.onReveal(m.index)}>
              <span class="mention-name">{m.name}</span>
              <span class="visually-hidden">: </span>
              <span class="mention-snippet">{m.snippet}</span>
            </button>
          </li>
        ))}
      </ol>
      {mentions.length < count && <p class="help">Showing the first {mentions.length}.</p>}
    </section>
  );
}
