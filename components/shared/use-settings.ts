import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings-schema';
import { getSettings, watchSettings } from '../../utils/storage';

/**
 * Current settings, kept live (changes made in other pages and tabs arrive too); null while loading.
 * Watching starts before the first read, and a change that arrives first wins: a slow read's (older)
 * answer never overwrites it.
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    let changed = false;
    watchSettings((s) => {
      changed = true;
      setSettings(s);
    }, ac.signal);
    void getSettings().then((s) => {
      if (!ac.signal.aborted && !changed) setSettings(s);
    });
    return () => ac.abort();
  }, []);
  return settings;
}

/** Applies the theme setting to the page; "auto" follows `prefers-color-scheme` through CSS. */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    if (theme === undefined) return;
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  }, [theme]);
}
