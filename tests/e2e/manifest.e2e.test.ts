import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { documentedAccessSorted, readManifest, requestedAccess } from './manifest-access';

const root = resolve(import.meta.dirname, '../..');

/** Entries (in backticks, first table column) of the README section with the given heading. */
function readmeTableEntries(heading: string): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.search(new RegExp(`^##+ ${heading}\\s*$`, 'm'));
  expect(start, `README.md has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start).split('\n').slice(1);
  const end = rest.findIndex((l) => /^##? /.test(l));
  const section = (end < 0 ? rest : rest.slice(0, end)).join('\n');
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]!).toSorted();
}

describe('the built manifest asks for the documented minimum', () => {
  test('permissions, host permissions and content-script matches equal the documented list', () => {
    expect(requestedAccess(readManifest())).toEqual(documentedAccessSorted());
  });

  test('the README "Permissions" table lists exactly what the manifest requests', () => {
    const access = requestedAccess(readManifest());
    const requested = [...new Set(Object.values(access).flat())].toSorted();
    expect(readmeTableEntries('Permissions')).toEqual(requested);
  });

  test('nothing widens the attack surface: no CSP override, no web-accessible files, no external messaging', () => {
    const m = readManifest();
    // The default MV3 CSP forbids eval and remote scripts; any override would be a loosening.
    expect(m.content_security_policy).toBeUndefined();
    // Web-accessible resources let any page fingerprint the extension; the card renders from the bundle.
    expect(m.web_accessible_resources ?? []).toEqual([]);
    // No web page or other extension may message us.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  test('asks for a Chrome that has every API the scripts use without a fallback', () => {
    // AbortSignal.any (Chrome 116) in every detection run; CSS Custom Highlights (105).
    expect(readManifest().minimum_chrome_version).toBe('116');
  });

  test('every script Chromium loads is text it accepts (UTF-8 without Unicode noncharacters)', () => {
    // Chromium refuses the whole extension if a content script holds e.g. a raw U+FFFF ("isn't UTF-8
    // encoded"); minifiers write such escapes as raw characters unless the output is ASCII.
    const dir = inject('extensionDir');
    const m = readManifest(dir);
    const files = [
      ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      (m.background as { service_worker?: string } | undefined)?.service_worker,
    ].filter((f): f is string => !!f);
    expect(files.length).toBeGreaterThan(1);
    const bad = files.filter((f) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, f)));
      return /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u.test(text);
    });
    expect(bad).toEqual([]);
  });
});

describe('the manifest speaks the reader’s language', () => {
  test.each(['extensionDir', 'firefoxExtensionDir'] as const)(
    '%s: every __MSG_…__ of the manifest has a message in every _locales language',
    (build) => {
      const dir = inject(build);
      const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
      const keys = [...new Set([...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))];
      expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandToggleSite']));
      const manifest = JSON.parse(text) as { default_locale?: string };
      expect(manifest.default_locale).toBe('en');
      for (const locale of readdirSync(join(dir, '_locales'))) {
        const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'));
        expect(
          keys.filter((k) => !messages[k]?.message),
          locale,
        ).toEqual([]);
        // Stores cut descriptions at 132 characters.
        expect(messages.extDescription.message.length, locale).toBeLessThanOrEqual(132);
      }
    },
  );
});
