import { sendToBackground } from './messaging';

/**
 * Parts of the content script that most frames never need, each built as its own script
 * (entrypoints/<name>.ts → <name>.js) and evaluated in a frame only when first used: the page's
 * detection, marks, settings and badge (once a name may be on it), the hover card (Preact, components,
 * every medication's text) and the popup's page list (snippets). The background
 * injects them with `scripting.executeScript` into the asking frame's isolated world, where they leave
 * their module on the global; no file is web-accessible, so no page can probe for them.
 */
export const LAZY_MODULES = ['page', 'card', 'page-info'] as const;
export type LazyModuleName = (typeof LAZY_MODULES)[number];

/** The global a lazy module's script leaves its module on, in the content scripts' world. */
export const globalName = (name: LazyModuleName): string => `__medglanceModule_${name.replace('-', '_')}`;
const loading = new Map<LazyModuleName, Promise<unknown>>();

/** Called by a lazy module's own script: makes it available to the content script in this frame. */
export function registerLazyModule(name: LazyModuleName, module: unknown): void {
  // The first copy wins: a module evaluated twice in a frame (two loads racing) must not replace the
  // one already holding that frame's state (the page module's running session).
  (globalThis as Record<string, unknown>)[globalName(name)] ??= module;
}

/**
 * The module `name`, loaded into this frame on first use; calls while it loads share the load. A failed
 * load (extension reloaded under the page) may be retried by a later call.
 */
export function loadLazyModule<T>(name: LazyModuleName): Promise<T> {
  const here = (): T | undefined =>
    (globalThis as Record<string, unknown>)[globalName(name)] as T | undefined;
  const ready = here();
  if (ready) return Promise.resolve(ready);
  const pending = loading.get(name) as Promise<T> | undefined;
  if (pending) return pending;
  const load = (async () => {
    const injected = await sendToBackground('loadModule', { name });
    const module = here();
    if (!injected || !module) throw new Error(`the ${name} module could not be loaded in this frame`);
    return module;
  })();
  loading.set(name, load);
  // Settled, the load leaves the map: the global answers from then on, and a failed load may be retried.
  const settle = (): void => void (loading.get(name) === load && loading.delete(name));
  load.then(settle, settle);
  return load;
}
