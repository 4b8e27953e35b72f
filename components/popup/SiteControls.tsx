import { useState } from 'preact/hooks';
import { describe } from '../../i18n/translate';
import type { PageState } from '../../utils/page-state';
import type { Settings } from '../../utils/settings-schema';
import { problemOf } from '../../utils/settings-validate';
import { isSiteDisabled, setSiteEnabled } from '../../utils/site-patterns';
import { updateSettings } from '../../utils/storage';
import { useT } from '../shared/use-translator';

const HOUR_MS = 60 * 60 * 1000;

const timeOf = (locale: string, ms: number): string =>
  new Date(ms).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });

/**
 * "On this site" switch, pause / resume, and a plain statement when highlighting is off here. A change
 * that cannot be saved says why, and the switch goes back to what is stored (the re-render resets it).
 */
export function SiteControls(props: { host: string; state: PageState; settings: Settings }) {
  const t = useT();
  const { host, state, settings } = props;
  // A new object on every failure: the same message twice must re-render too, or the switch would
  // stay where the click left it although nothing was saved.
  const [error, setError] = useState<{ text: string }>({ text: '' });
  const save = (patch: Parameters<typeof updateSettings>[0]): void => {
    updateSettings(patch).then(
      () => setError({ text: '' }),
      (reason: unknown) =>
        setError({ text: t('popup.notSaved', { reason: describe(t, problemOf(reason)) }) }),
    );
  };
  const siteOn = !isSiteDisabled(host, settings.disabledSites);
  const paused = settings.pausedUntil > Date.now();
  return (
    <div class="controls">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={siteOn}
          aria-describedby="site-host"
          onChange={(e) => {
            // Read now: the update runs later, when the event's currentTarget is gone.
            const on = e.currentTarget.checked;
            save((current) => ({ disabledSites: setSiteEnabled(current.disabledSites, host, on) }));
          }}
        />
        {t('popup.site.switch')}
      </label>
      <span id="site-host" class="help">
        {host}
      </span>
      {paused ? (
        <button type="button" onClick={() => save({ pausedUntil: 0 })}>
          {t('popup.resume')}
        </button>
      ) : (
        <button type="button" onClick={() => save({ pausedUntil: Date.now() + HOUR_MS })}>
          {t('popup.pause')}
        </button>
      )}
      <p class="error" role="alert">
        {error.text}
      </p>
      <p class="state" role="status">
        {state === 'off' && t('popup.state.off')}
        {state === 'site-disabled' && t('popup.state.siteDisabled', { host })}
        {state === 'paused' && t('popup.state.paused', { time: timeOf(t.locale, settings.pausedUntil) })}
      </p>
    </div>
  );
}
