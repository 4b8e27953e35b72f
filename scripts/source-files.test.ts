// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { gitSourceFiles } from './source-files';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the sources zip list follows .gitignore, keeps dotfiles and matches odd names literally', () => {
  dir = mkdtempSync(join(tmpdir(), 'medglance-sources-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  mkdirSync(join(dir, 'demo-output'));
  mkdirSync(join(dir, '.ci'));
  writeFileSync(join(dir, '.gitignore'), '/demo-output/\n*.log\n');
  writeFileSync(join(dir, 'demo-output', 'shot.png'), '');
  writeFileSync(join(dir, 'debug.log'), '');
  writeFileSync(join(dir, '.ci', 'run'), '');
  writeFileSync(join(dir, 'page (1).ts'), '');
  expect(gitSourceFiles(dir).toSorted()).toEqual(['.ci/run', '.gitignore', 'page \\(1\\).ts']);
});

test('outside a git checkout it falls back to every file', () => {
  dir = mkdtempSync(join(tmpdir(), 'medglance-sources-'));
  expect(gitSourceFiles(dir)).toEqual(['**/*']);
});
