// Bundled into a page by detection-modules.e2e.test.ts: exposes the real detection session to the page's
// own world so tests can call hitTest/mentions directly, without the extension's isolated world.
import { startDetection } from '../../content/detection/detection-session';

(globalThis as unknown as { MedglanceDetection: unknown }).MedglanceDetection = { startDetection };
