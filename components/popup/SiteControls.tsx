import type { PageState } from '../../utils/messaging';
import type { Settings } from '../../utils/settings-schema';
import { isSiteDisabled, setSiteEnabled } from '../../utils/site-patterns';
import { updateSettings } from '../../utils/storage';

const HOUR_MS = 60 * 60 * 1000;

const timeOf = (ms: number): string =>
  new Date(ms).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });

/** "On this site" switch, pause / resume, and a plain statement when highlighting is off here. */
export function SiteControls(props: { host: string; state: PageState; settings: Settings }) {
  const { host, state, settings } = props;
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
            void updateSettings((current) => ({
              disabledSites: setSiteEnabled(current.disabledSites, host, on),
            }));
          }}
        />
        On this site
      </label>
      <span id="site-host" class="help">
        {host}
      </span>
      {paused ? (
        <button type="button" onClick={() => void updateSettings({ pausedUntil: 0 })}>
          Resume now
        </button>
      ) : (
        <button type="button" onClick={() => void updateSettings({ pausedUntil: Date.now() + HOUR_MS })}>
          Pause for 1 hour
        </button>
      )}
      <p class="state" role="status">
        {state === 'off' && 'Highlighting is off everywhere (see options).'}
        {state === 'site-disabled' && `Highlighting is off on ${host}.`}
        {state === 'paused' && `Paused until ${timeOf(settings.pausedUntil)}.`}
      </p>
    </div>
  );
}
