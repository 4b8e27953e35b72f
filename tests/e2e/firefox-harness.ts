import { existsSync } from 'node:fs';
import { launch, type Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** The system Firefox ($FIREFOX_PATH, else Debian's firefox-esr), or undefined when none is installed. */
export const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p): p is string => !!p && existsSync(p),
);

/** Says visibly why a Firefox suite is skipped; .ci/run installs firefox-esr so CI never skips. */
export function warnIfNoFirefox(suite: string): void {
  if (!firefoxPath)
    console.warn(`SKIPPED ${suite}: firefox-esr not found (sudo apt-get install -y firefox-esr)`);
}

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  close(): Promise<void>;
}

/**
 * Launches Firefox headless with the Firefox build from global-setup installed as a temporary add-on
 * (WebDriver BiDi, puppeteer-core `installExtension`) and a fixture server.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  if (!firefoxPath) throw new Error('firefox-esr not found');
  const server = await startFixtureServer();
  const browser = await launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  await browser.installExtension(inject('firefoxExtensionDir'));
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
