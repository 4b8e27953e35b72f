// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The project's structure, checked (like refined-github's build/features.test.ts): the pipeline's
 * dependencies point one way, entrypoints stay thin, modules stay small, and the docs name files that
 * exist. A failure here means the tree no longer shows the design; fix the code, or the rule with a reason.
 */
const root = resolve(import.meta.dirname, '../..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && existsSync(join(root, f)));
const source = files.filter((f) => !/\.test\.tsx?$|\.d\.ts$/.test(f) && !f.startsWith('tests/'));

/** Project files a module imports (relative imports only; packages are not checked here). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map(
    (m) => m[1]!.split('?')[0]!,
  );
  return specs.map((spec) => normalize(relative(root, resolve(root, dirname(file), spec))));
}

/** Layers, bottom first: a module may import its own layer and the layers before it. */
const LAYERS: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = [
  ['i18n', /^i18n\//, ['i18n']],
  ['medications', /^medications\//, ['i18n', 'medications']],
  // utils/dev-log: development-build error reports (no settings, no UI).
  ['detection', /^content\/detection\//, ['i18n', 'medications', 'content/detection', 'utils/dev-log']],
  [
    'card',
    /^content\/card\//,
    ['i18n', 'medications', 'utils', 'components', 'content/detection', 'content/card'],
  ],
  ['utils', /^utils\//, ['i18n', 'medications', 'utils']],
];

describe('dependencies point down the pipeline (medications → detection → card → page)', () => {
  test.each(LAYERS)('%s imports only from layers below it', (_name, pattern, allowed) => {
    const wrong = source
      .filter((f) => pattern.test(f))
      .flatMap((f) =>
        importsOf(f)
          .filter((target) => !allowed.some((layer) => target === layer || target.startsWith(`${layer}/`)))
          .map((target) => `${f} → ${target}`),
      );
    expect(wrong).toEqual([]);
  });

  test('the check sees imports (it would notice a detection module importing the card)', () => {
    expect(importsOf('content/detection/detection-session.ts')).toContain('medications/registry');
    expect(importsOf('content/page/start-card.ts')).toContain('content/card/controller');
  });
});

/** Non-blank lines of a file. */
const lines = (f: string) =>
  readFileSync(join(root, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim()).length;

describe('small modules, thin entrypoints', () => {
  test('an entrypoint only wires modules together (at most 50 non-blank lines)', () => {
    const entrypoints = source.filter((f) => f.startsWith('entrypoints/'));
    expect(entrypoints.length).toBeGreaterThan(3);
    expect(entrypoints.filter((f) => lines(f) > 50).map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  test('no module nears 300 lines (split by responsibility first)', () => {
    const big = files.filter((f) => !f.startsWith('tests/fixtures/') && lines(f) > 300);
    expect(big.map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  test('file names are kebab-case, Preact components PascalCase', () => {
    const bad = files.filter((f) => {
      const name = f.split('/').pop()!.split('.')[0]!; // "card-hover" of card-hover.e2e.test.ts
      return f.endsWith('.tsx') && /^[A-Z]/.test(name)
        ? !/^[A-Z][A-Za-z]+$/.test(name)
        : !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
    });
    expect(bad).toEqual([]);
  });
});

describe('docs name files that exist', () => {
  test.each(['ARCHITECTURE.md', 'README.md'])('%s: every path it names in backticks exists', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const paths = [...text.matchAll(/`((?:[\w.-]+\/)+[\w.-]+\.(?:ts|tsx|css|md|json|html|js))`/g)].map(
      (m) => m[1]!,
    );
    expect(paths.length).toBeGreaterThan(0);
    // Build output (.output/…) and other generated, git-ignored files exist only after a command runs.
    const generated = (p: string): boolean => {
      try {
        execFileSync('git', ['check-ignore', '-q', '--no-index', p], { cwd: root });
        return true;
      } catch {
        return false;
      }
    };
    expect(paths.filter((p) => !existsSync(join(root, p)) && !generated(p))).toEqual([]);
  });
});
