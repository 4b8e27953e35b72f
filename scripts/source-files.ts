import { execFileSync } from 'node:child_process';

// The Firefox sources zip (for AMO review) must hold exactly what a clone holds: WXT's zipper ignores
// .gitignore, so without this it would pick up screenshots, demo output, bench results and logs.

/** Escapes glob syntax so a real file name is matched literally by WXT's fast-glob. */
function literal(path: string): string {
  return path.replace(/[()[\]{}*?!+@]/g, '\\$&');
}

/** Files git would commit here (tracked + untracked, minus .gitignore), as literal globs; `['**\/*']` without git. */
export function gitSourceFiles(root: string): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = out.split('\0').filter(Boolean);
    return files.length ? files.map(literal) : ['**/*'];
  } catch {
    return ['**/*'];
  }
}
