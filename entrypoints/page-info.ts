import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_INFO_MODULE } from '../content/page/page-info';
import { registerLazyModule } from '../utils/lazy-module';

// What the popup lists (mentions with snippets), injected into a page the first time a popup asks.
export default defineUnlistedScript(() => registerLazyModule('page-info', PAGE_INFO_MODULE));
