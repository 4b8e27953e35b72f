import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PageModule } from '../content/page/page-module';
import { servePopup } from '../content/page/serve-page-info';
import { startPage } from '../content/page/start-page';
import { toggleThisSite } from '../content/page/toggle-site';
import { registerLazyModule } from '../utils/lazy-module';

// The content script's lazy half (content/page/page-module.ts), injected into a frame once a name may be
// on it, or when the popup or a keyboard command asks the top frame.
export default defineUnlistedScript(() => {
  registerLazyModule('page', {
    start: async (ctx) => void (await startPage(ctx)),
    servePopup,
    toggleSite: toggleThisSite,
  } satisfies PageModule);
});
