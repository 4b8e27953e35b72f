import { useId, useState } from 'preact/hooks';
import { SETTING_LIMITS } from '../../utils/settings-schema';
import { describe } from '../../i18n/translate';
import { normaliseSitePattern } from '../../utils/site-patterns';
import { useT } from '../shared/use-translator';

/**
 * The disabled-sites list: add a validated host or pattern, remove one. A site that could not be saved
 * (e.g. the list no longer fits sync's quota) is said next to the field and stays in it.
 */
export function DisabledSites(props: {
  sites: readonly string[];
  /** Saves the list with `pattern` added; resolves to "" or why it was not saved. */
  onAdd: (pattern: string) => Promise<string>;
  onRemove: (pattern: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');

  const add = (e: Event): void => {
    e.preventDefault();
    const submitted = draft;
    const parsed = normaliseSitePattern(submitted);
    setNote('');
    if (!parsed.ok) {
      setError(describe(t, parsed.error));
      return;
    }
    if (props.sites.includes(parsed.pattern)) {
      setError(t('options.sites.duplicate', { site: parsed.pattern }));
      return;
    }
    if (props.sites.length >= SETTING_LIMITS.disabledSitesMax) {
      setError(t('options.sites.full', { max: SETTING_LIMITS.disabledSitesMax }));
      return;
    }
    setError('');
    void props.onAdd(parsed.pattern).then((reason) => {
      if (reason) {
        setError(t('options.notSaved', { reason }));
        return;
      }
      setNote(parsed.note ? describe(t, parsed.note) : t('options.sites.added', { site: parsed.pattern }));
      // Cleared only if it still holds what was added: a next site typed during the save stays.
      setDraft((now) => (now === submitted ? '' : now));
    });
  };

  return (
    <div class="field disabled-sites">
      <form onSubmit={add} class="site-form">
        <label for={id}>{t('options.sites.add')}</label>
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={t('options.sites.placeholder')}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error !== ''}
          aria-describedby={`${id}-help ${id}-error`}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('options.sites.addButton')}</button>
      </form>
      <p id={`${id}-help`} class="help">
        {t('options.sites.help')}
      </p>
      <p id={`${id}-error`} class="error" role="alert">
        {error}
      </p>
      <p class="ok" role="status">
        {note}
      </p>
      {props.sites.length === 0 ? (
        <p class="help">{t('options.sites.none')}</p>
      ) : (
        <ul class="site-list" aria-label={t('options.group.sites')}>
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options.sites.removeLabel', { site })}
                onClick={() => props.onRemove(site)}
              >
                {t('options.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
