import type { Plugin } from 'vite';

// WXT's ContentScriptContext (wxt 0.21.4) announces every content script to the page: a postMessage
// `{ type: "<extension id>:medications:wxt:content-script-started" }` to every frame's window and a
// CustomEvent of that name on `document`. Pages can see both (DESIGN.md contract 6: the page receives
// no message or event from us) and the id fingerprints the extension. `noScriptStartedPostMessage`
// removes only the postMessage. The announcement exists so a newer copy of a content script can stop
// an older one in the same page; in MedGlance that never happens: Chromium injects nothing into open
// tabs on update (orphans notice through ctx.isInvalid, content/page/notice-orphaned.ts) and Firefox
// unloads an old version's scripts with it.
const ANNOUNCE = 'this.stopOldScripts();\n\t\tthis.listenForNewerScripts();';
// Its location watcher dispatches `<extension id>:medications:wxt:locationchange` on the page's window
// after every SPA navigation; MedGlance follows navigations without events (content/page/watch-location.ts)
// and never asks for `wxt:locationchange`, so the watcher is replaced by a no-op (and leaves the bundle).
const WATCHER = 'locationWatcher = createLocationWatcher(this);';
const WATCHER_IMPORT = 'import { createLocationWatcher } from "./internal/location-watcher.mjs";';
// Two event names are class fields computed when the classes are defined, from `browser.runtime.id`:
// that sets up the polyfill and builds Chromium's runtime binding in every frame at start-up, before the
// presence check (bench "20 empty cross-origin frames"), though neither name is used any more. Each
// becomes a getter with the same value, computed if ever read.
const LAZY_NAMES: ReadonlyArray<readonly [file: RegExp, field: string, event: string]> = [
  [
    /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/,
    'SCRIPT_STARTED_MESSAGE_TYPE',
    'wxt:content-script-started',
  ],
  [/[\\/]wxt[\\/]dist[\\/]utils[\\/]internal[\\/]custom-events\.mjs$/, 'EVENT_NAME', 'wxt:locationchange'],
];
const CONTEXT = LAZY_NAMES[0]![0];

const changed = (id: string): Error =>
  new Error(`${id}: WXT's content-script context changed; update ${import.meta.filename}`);

/** `static FIELD = getUniqueEventName("event");` as a getter computing it when read. */
function lazyName(code: string, id: string, field: string, event: string): string {
  const eager = `static ${field} = getUniqueEventName("${event}");`;
  if (!code.includes(eager)) throw changed(id);
  return code.replace(eager, `static get ${field}() { return getUniqueEventName("${event}"); }`);
}

/**
 * Removes what WXT's content script context makes the page see (announcement, location events), and
 * makes its event names lazy.
 */
export function quietContentScript(): Plugin {
  return {
    name: 'medglance-quiet-content-script',
    enforce: 'pre',
    transform(source, id) {
      const lazy = LAZY_NAMES.find(([file]) => file.test(id));
      if (!lazy) return null;
      const code = lazyName(source, id, lazy[1], lazy[2]);
      if (lazy[0] !== CONTEXT) return code;
      // Fail the build rather than ship page-visible events silently after a WXT upgrade changes this code.
      for (const part of [ANNOUNCE, WATCHER, WATCHER_IMPORT]) if (!code.includes(part)) throw changed(id);
      return code
        .replace(ANNOUNCE, '/* announcement removed: scripts/quiet-content-script.ts */')
        .replace(WATCHER, 'locationWatcher = { run() {} }; /* no page-visible events */')
        .replace(WATCHER_IMPORT, '');
    },
  };
}
