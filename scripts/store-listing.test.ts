// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOCUMENTED_ACCESS } from '../tests/e2e/manifest-access';

/**
 * The store listings (store/listing.<lang>.md) and PRIVACY.md stay in step with the build: one permission
 * justification for each permission and host pattern the manifest requests (DOCUMENTED_ACCESS, which
 * tests/e2e/manifest.e2e.test.ts holds equal to the built manifest), the short description the manifest
 * shows, and a privacy page that cites test files that exist.
 */
const root = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const LISTINGS = [
  { lang: 'en', shortDescription: 'Short description', justifications: 'Permission justifications' },
  { lang: 'es', shortDescription: 'Descripción breve', justifications: 'Justificación de los permisos' },
] as const;

/** The text under a "## heading", up to the next heading of level 2 or 1. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  expect(start, `has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^##? /.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

/** Every permission and host pattern the manifest requests, once each, sorted. */
const requested = [...new Set(Object.values(DOCUMENTED_ACCESS).flat())].toSorted();

describe.each(LISTINGS)('store/listing.$lang.md', (listing) => {
  const path = `store/listing.${listing.lang}.md`;

  test('exists', () => {
    expect(existsSync(join(root, path))).toBe(true);
  });

  test('justifies exactly the permissions and host patterns the manifest requests, one line each', () => {
    const text = section(read(path), listing.justifications);
    const justified = [...text.matchAll(/^- `([^`]+)`: \S/gm)].map((m) => m[1]!);
    expect(justified.toSorted()).toEqual(requested);
    expect(new Set(justified).size).toBe(justified.length);
  });

  test('its short description is the manifest description of that language, at most 132 characters', () => {
    const messages = JSON.parse(read(`public/_locales/${listing.lang}/messages.json`)) as Record<
      string,
      { message: string }
    >;
    const short = section(read(path), listing.shortDescription);
    expect(short).toBe(messages.extDescription!.message);
    expect(short.length).toBeLessThanOrEqual(132);
  });
});

describe('PRIVACY.md', () => {
  const text = read('PRIVACY.md');
  const cited = [...new Set([...text.matchAll(/`(tests\/[\w./-]+\.ts)`/g)].map((m) => m[1]!))];

  test('cites the privacy, manifest and invisibility tests', () => {
    expect(cited).toEqual(
      expect.arrayContaining([
        'tests/e2e/privacy-session.e2e.test.ts',
        'tests/e2e/privacy-bundle.e2e.test.ts',
        'tests/e2e/manifest.e2e.test.ts',
        'tests/e2e/invisible.e2e.test.ts',
      ]),
    );
  });

  test('every test file it cites exists', () => {
    expect(cited.filter((f) => !existsSync(join(root, f)))).toEqual([]);
  });
});
