import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { CardModule } from '../content/card/card-module';
import { createCardSurface } from '../content/card/surface';
import { registerLazyModule } from '../utils/lazy-module';

// The card's lazy half (content/card/card-module.ts), injected into a frame when its first card opens.
export default defineUnlistedScript(() => {
  registerLazyModule('card', { createSurface: createCardSurface } satisfies CardModule);
});
