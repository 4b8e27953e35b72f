import { useEffect, useState } from 'preact/hooks';
import { useT } from '../shared/use-translator';

/** Shows an active pause with its end time and a way to resume early; nothing when not paused. */
export function PauseStatus(props: { pausedUntil: number; onResume: () => void }) {
  const t = useT();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const wait = props.pausedUntil - Date.now();
    if (wait <= 0) return;
    // Re-render when the pause ends so the notice disappears on time.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [props.pausedUntil]);
  if (props.pausedUntil <= now) return null;
  const until = new Date(props.pausedUntil).toLocaleTimeString(t.locale, {
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <p class="field pause" role="status">
      {t('options.paused', { time: until })}{' '}
      <button type="button" onClick={props.onResume}>
        {t('options.resume')}
      </button>
    </p>
  );
}
