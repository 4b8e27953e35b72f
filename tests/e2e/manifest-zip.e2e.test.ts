import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentedAccessSorted, requestedAccess } from './manifest-access';
import { readZip, type ZipContents } from './manifest-zip-reader';
import { runOutputDir } from '../support/build-extension';

/**
 * Release packaging: `npm run zip` is what gets uploaded to the Chrome Web Store and addons.mozilla.org.
 * The packages must carry the package.json version, the same least-privilege manifest as the tested build,
 * and (for Firefox review) a sources archive a reviewer can rebuild from: the project files, not
 * dependencies, build output or local junk.
 */
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

let outDir: string;
let zips: { chrome: ZipContents; firefox: ZipContents; sources: ZipContents };
let zipNames: string[];

beforeAll(() => {
  // Inside the project (like the default .output/) so the sources archive must really exclude build output.
  outDir = runOutputDir('zip-');
  execFileSync('npm', ['run', '--silent', 'zip'], {
    cwd: root,
    env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  zipNames = readdirSync(outDir).filter((f) => f.endsWith('.zip'));
  const open = (kind: string) => readZip(join(outDir, `${pkg.name}-${pkg.version}-${kind}.zip`));
  zips = { chrome: open('chrome'), firefox: open('firefox'), sources: open('sources') };
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const manifestOf = (z: ZipContents) => JSON.parse(z.read('manifest.json').toString('utf8'));

describe('npm run zip', () => {
  test('makes a Chrome, a Firefox and a sources package named with the package.json version', () => {
    expect(zipNames.toSorted()).toEqual(
      ['chrome', 'firefox', 'sources'].map((k) => `${pkg.name}-${pkg.version}-${k}.zip`).toSorted(),
    );
  });

  test.each(['chrome', 'firefox'] as const)('the %s package is a loadable extension at that version', (b) => {
    const m = manifestOf(zips[b]);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    const files = new Set(zips[b].names);
    const scripts = [
      m.background?.service_worker,
      ...(m.background?.scripts ?? []),
      ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
      m.action?.default_popup,
      m.options_ui?.page,
      ...Object.values(m.icons ?? {}),
    ].filter(Boolean);
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) expect(files, `${b} package holds ${f}`).toContain(f);
  });

  test.each(['chrome', 'firefox'] as const)('the %s package asks for the documented minimum', (b) => {
    const access = requestedAccess(manifestOf(zips[b]));
    expect(access).toEqual(documentedAccessSorted());
  });

  test('the Firefox package has a stable add-on id and declares it collects no data', () => {
    const gecko = manifestOf(zips.firefox).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the sources package holds what a reviewer needs to rebuild, and nothing git ignores', () => {
    const names = zips.sources.names;
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'])
      expect(names, `sources hold ${f}`).toContain(f);
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|\.wxt)\//.test(n))).toEqual([]);
    // Anything git ignores (build output, logs, bench results, screenshots, .env) is local, not source.
    // (exit status 1 = none ignored, 0 = some ignored; stdout lists them.)
    const check = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: root,
      input: names.join('\n'),
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).not.toBe(128);
    expect(check.stdout.split('\n').filter(Boolean)).toEqual([]);
  });
});
