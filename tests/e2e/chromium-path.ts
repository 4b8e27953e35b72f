import { existsSync } from 'node:fs';

/** The system Chromium: $CHROME_PATH, else /usr/bin/chromium; otherwise a one-line hint how to install it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine without network (no background fetches, no sync). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
