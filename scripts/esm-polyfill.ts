import type { Plugin } from 'vite';

// webextension-polyfill ships as UMD (CommonJS to a bundler), and a CommonJS default import is bundled
// with an interop helper that copies every own property of `module.exports` onto a new object, reading
// each property's descriptor. In a browser that has `browser` itself (Firefox, and Chromium since it
// added the namespace), `module.exports` is that native object, and reading a descriptor makes Chromium
// build each API's lazy binding (`get app`, `get storage`, …): a CPU profile attributed ~0.5 ms of every
// frame's start-up to it (bench "20 empty cross-origin frames"). Giving the module an ESM default export
// drops the helper; the polyfill's own code is unchanged.
//
// The polyfill also runs only when an API is first used: its start-up reads `chrome.runtime` and
// `browser.runtime`, which builds their bindings, and the content script in a frame that mentions no
// name never calls an API (the same profile: ~0.15 ms of each empty frame). The default export stands in
// for the API object and hands every read to it (only reads and `in`: nothing in MedGlance or WXT
// lists, writes or compares the object).
const UMD_COMMONJS = 'else if (typeof exports !== "undefined") {\n    factory(module);';
const POLYFILL = /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/**
 * Turns webextension-polyfill's UMD file into an ES module whose default export is the `browser` API,
 * set up on first use.
 */
export function esmPolyfill(): Plugin {
  return {
    name: 'medglance-esm-polyfill',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      // Fail the build rather than fall back silently after a polyfill upgrade changes its wrapper.
      if (!code.includes(UMD_COMMONJS))
        throw new Error(`${id}: webextension-polyfill's UMD wrapper changed; update ${import.meta.filename}`);
      return [
        'let api;',
        'function polyfill() {',
        'var module = { exports: {} }, exports = module.exports;',
        code,
        'return module.exports;',
        '}',
        // An orphaned content script (its extension updated or reloaded) has no runtime id, and the
        // polyfill throws without one: the API then reads as absent, as it did when set up at start.
        'const use = () => api ?? (globalThis.chrome?.runtime?.id ? (api = polyfill()) : {});',
        'export default new Proxy({}, { get: (_, key) => Reflect.get(use(), key), has: (_, key) => key in use() });',
        '',
      ].join('\n');
    },
  };
}
