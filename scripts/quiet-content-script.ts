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

/** Removes what WXT's content script context makes the page see (announcement, location events). */
export function quietContentScript(): Plugin {
  return {
    name: 'medglance-quiet-content-script',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/.test(id)) return null;
      // Fail the build rather than ship page-visible events silently after a WXT upgrade changes this code.
      for (const part of [ANNOUNCE, WATCHER, WATCHER_IMPORT])
        if (!code.includes(part))
          throw new Error(`${id}: WXT's content-script context changed; update ${import.meta.filename}`);
      return code
        .replace(ANNOUNCE, '/* announcement removed: scripts/quiet-content-script.ts */')
        .replace(WATCHER, 'locationWatcher = { run() {} }; /* no page-visible events */')
        .replace(WATCHER_IMPORT, '');
    },
  };
}
