import { useId, useState } from 'preact/hooks';
import { SETTING_LIMITS } from '../../utils/settings-schema';
import { normaliseSitePattern } from '../../utils/site-patterns';

/** The disabled-sites list: add a validated host or pattern, remove one. */
export function DisabledSites(props: {
  sites: readonly string[];
  onAdd: (pattern: string) => void;
  onRemove: (pattern: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');

  const add = (e: Event): void => {
    e.preventDefault();
    const parsed = normaliseSitePattern(draft);
    setNote('');
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (props.sites.includes(parsed.pattern)) {
      setError(`${parsed.pattern} is already in the list.`);
      return;
    }
    if (props.sites.length >= SETTING_LIMITS.disabledSitesMax) {
      setError(`The list can hold at most ${SETTING_LIMITS.disabledSitesMax} sites.`);
      return;
    }
    setError('');
    setNote(parsed.note ?? `Added ${parsed.pattern}.`);
    setDraft('');
    props.onAdd(parsed.pattern);
  };

  return (
    <div class="field disabled-sites">
      <form onSubmit={add} class="site-form">
        <label for={id}>Add a site</label>
        <input
          id={id}
          type="text"
          value={draft}
          placeholder="example.com or *.example.com"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error !== ''}
          aria-describedby={`${id}-help ${id}-error`}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      <p id={`${id}-help`} class="help">
        No highlights on these sites. "*.example.com" also covers every subdomain.
      </p>
      <p id={`${id}-error`} class="error" role="alert">
        {error}
      </p>
      <p class="ok" role="status">
        {note}
      </p>
      {props.sites.length === 0 ? (
        <p class="help">No sites are turned off.</p>
      ) : (
        <ul class="site-list" aria-label="Sites where highlighting is off">
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => props.onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
