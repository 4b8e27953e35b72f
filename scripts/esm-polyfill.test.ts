import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, expect, test } from 'vitest';
import { esmPolyfill } from './esm-polyfill';

const id = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(id, 'utf8');
const transform = (code: string, file = id) =>
  (esmPolyfill().transform as (code: string, id: string) => string | null)(code, file);
const saved = { chrome: globalThis.chrome, browser: (globalThis as { browser?: unknown }).browser };
afterEach(() => Object.assign(globalThis, saved));

test('the installed webextension-polyfill becomes an ES module whose default is the browser API', async () => {
  const browser = { runtime: { id: 'medglance-test' } };
  Object.assign(globalThis, { chrome: { runtime: { id: 'medglance-test' } }, browser });
  const code = transform(source)!;
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: typeof browser;
  };
  // Where `browser` exists (Firefox, Chromium 156) the polyfill hands it over as it is: nothing copied.
  expect(module.default.runtime).toBe(browser.runtime);
  expect('runtime' in module.default).toBe(true);
  expect('tabs' in module.default).toBe(false);
});

test('the polyfill reads no extension API until one is first used', () => {
  const reads: string[] = [];
  const api = (name: string) => ({
    get runtime() {
      reads.push(name);
      return { id: 'medglance-test' };
    },
  });
  Object.assign(globalThis, { chrome: api('chrome'), browser: api('browser') });
  // The module's code as a bundle evaluates it (a test runner's import would inspect the default export).
  const evaluate = new Function(transform(source)!.replace('export default ', 'return ')) as () => {
    runtime: { id: string };
  };
  const browser = evaluate();
  expect(reads).toEqual([]);
  expect(browser.runtime.id).toBe('medglance-test');
  const setUp = reads.length;
  expect(setUp).toBeGreaterThan(1);
  void browser.runtime;
  // Set up once: a later read goes straight to the API.
  expect(reads.length).toBe(setUp + 1);
});

test('in a page whose extension is gone (updated, reloaded) the API reads as absent, without throwing', () => {
  // Chromium keeps `chrome.runtime` in an orphaned content script but drops its id, and the polyfill
  // throws without one; WXT's context reads `browser.runtime?.id` to notice it is orphaned.
  Object.assign(globalThis, { chrome: { runtime: {} }, browser: undefined });
  const evaluate = new Function(transform(source)!.replace('export default ', 'return ')) as () => {
    runtime?: { id?: string };
  };
  const browser = evaluate();
  expect(browser.runtime?.id).toBeUndefined();
  expect('runtime' in browser).toBe(false);
});

test('where only `chrome` exists (Chromium before its `browser` namespace), the default wraps it', async () => {
  const chrome = { runtime: { id: 'medglance-test' } };
  Object.assign(globalThis, { chrome, browser: undefined });
  const code = transform(source)!;
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}#chrome-only`)) as {
    default: { runtime: { id: string } };
  };
  expect(module.default).not.toBe(chrome);
  expect(module.default.runtime.id).toBe('medglance-test');
  // An ES module sets no global: the UMD branch that would write `globalThis.browser` is not taken.
  expect((globalThis as { browser?: unknown }).browser).toBeUndefined();
});

test('other files are left alone, and a changed wrapper fails the build instead of shipping unnoticed', () => {
  expect(transform(source, '/x/node_modules/other/index.js')).toBeNull();
  expect(() => transform(source.replace('typeof exports !== "undefined"', 'true'))).toThrow(/UMD wrapper/);
});
