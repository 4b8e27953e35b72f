import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CARD_HOST_TAG, MENTION_HIGHLIGHT } from '../tests/e2e/extension-constants';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { buildExtension } from '../tests/support/build-extension';

// `npm run store-assets`: the store images, rendered from the real Chrome build on the demo pages, in
// English and Spanish. Writes store-assets/<lang>/ (generated, git-ignored):
//   screenshot-card-1280x800.png   the article with the hover card open on the first mention
//   screenshot-popup-1280x800.png  the toolbar popup for that article, over the article
//   promo-440x280.png              the small promo tile (icon, name, tagline)
// The listing text itself is in store/listing.<lang>.md; PRIVACY.md says what the privacy tests check.

const root = resolve(import.meta.dirname, '..');
const OUT_DIR = join(root, 'store-assets');
const SCREEN = { width: 1280, height: 800 };
const PROMO = { width: 440, height: 280 };
/** The card's appear animation is off under reduced motion; this also covers its first layout passes. */
const SETTLE_MS = 400;
/** The popup's body is 360×≤580 px; at 1.3 it is 468×≤754 px, which fits the 800 px high scene. */
const POPUP_ZOOM = 1.3;

interface Language {
  lang: 'en' | 'es';
  locale: string;
  page: string;
  /** The first mention on the page (an element wrapping exactly the name). */
  firstMention: string;
  tagline: string;
}

const LANGUAGES: readonly Language[] = [
  {
    lang: 'en',
    locale: 'en-US',
    page: '/demo-article.html',
    firstMention: '[data-expect="match"]',
    tagline: 'Sourced facts about isotretinoin where you read',
  },
  {
    lang: 'es',
    locale: 'es-ES',
    page: '/articulo-es.html',
    firstMention: '#m1',
    tagline: 'Información con fuentes sobre la isotretinoína donde usted lee',
  },
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16-23, right after the signature and chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
  if (
    png.length < 24 ||
    !png.subarray(0, 8).equals(PNG_SIGNATURE) ||
    png.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** Writes a PNG after checking it is exactly the size its name promises; returns the path. */
function writePng(lang: string, name: string, png: Buffer, size: { width: number; height: number }): string {
  const got = pngSize(png);
  if (got.width !== size.width || got.height !== size.height) {
    throw new Error(`${lang}/${name}: ${got.width}×${got.height}, expected ${size.width}×${size.height}`);
  }
  const dir = join(OUT_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, png);
  return path;
}

/** Opens the language's article and waits until MedGlance has highlighted its mentions. */
async function openArticle(s: ExtensionSession, l: Language): Promise<Page> {
  const page = await s.newPage(l.page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, MENTION_HIGHLIGHT, {
    timeout: 15_000,
  });
  return page;
}

/** Hovers the first mention as a pointer would (approach from the side) and waits for the open card. */
async function openCard(page: Page, l: Language): Promise<void> {
  const box = await page.locator(l.firstMention).first().boundingBox();
  if (!box) throw new Error(`${l.page}: ${l.firstMention} is not on screen`);
  const y = box.y + box.height / 2;
  await page.mouse.move(Math.max(0, box.x - 40), y);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), y, { steps: 8 });
  await page.locator(`${CARD_HOST_TAG} [role=dialog]`).waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(SETTLE_MS);
}

/** The popup for the article's tab, cut to the size the toolbar popup has (its body box). */
async function popupImage(s: ExtensionSession, article: Page): Promise<Buffer> {
  const popup = await s.openPopup(article);
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 560, height: SCREEN.height });
  // Drawn larger than in the toolbar (sharp, not scaled) so its text stays readable in store thumbnails.
  await popup.addStyleTag({ content: `html { zoom: ${POPUP_ZOOM}; }` });
  // The mention list's heading ("24 mentions on this page") shows once the page has answered.
  await popup.locator('#mentions-heading').waitFor({ state: 'visible', timeout: 10_000 });
  await popup.waitForTimeout(SETTLE_MS);
  const box = await popup.locator('body').boundingBox();
  if (!box) throw new Error('the popup has no body box');
  const png = await popup.screenshot({ clip: box });
  const errors = s.consoleErrors(popup);
  if (errors.length) throw new Error(`popup errors: ${errors.join('; ')}`);
  await popup.close();
  return png;
}

/** Renders self-contained HTML (no network: every image inline) and screenshots the whole viewport. */
async function renderHtml(
  s: ExtensionSession,
  html: string,
  size: { width: number; height: number },
): Promise<Buffer> {
  const page = await s.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The popup where the toolbar would show it (top right), over the article it describes. */
const popupScene = (lang: string, article: Buffer, popup: Buffer) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; overflow: hidden; }
  body { background: #fbfaf7 url('${dataUrl(article)}') no-repeat top left; position: relative; }
  .shade { position: absolute; inset: 0; background: rgb(15 23 42 / 0.28); }
  img { position: absolute; top: 16px; right: 28px; display: block; border-radius: 8px;
    border: 1px solid #c9d1d9; box-shadow: 0 4px 12px rgb(0 0 0 / 0.2), 0 16px 40px rgb(0 0 0 / 0.28); }
</style></head><body><div class="shade"></div><img alt="" src="${dataUrl(popup)}"></body></html>`;

/** The 440×280 tile: icon, name and tagline; system fonts only. */
const promoTile = (l: Language, icon: Buffer) => `<!doctype html>
<html lang="${l.lang}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${PROMO.width}px; height: ${PROMO.height}px; overflow: hidden; }
  body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 6px;
    box-sizing: border-box; padding: 0 28px; text-align: center; color: #134e4a;
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    background: radial-gradient(circle at 30% 20%, #ffffff 0%, #e6fffa 45%, #b2f5ea 100%); }
  img { width: 104px; height: 104px; filter: drop-shadow(0 6px 10px rgb(19 78 74 / 0.25)); }
  h1 { margin: 6px 0 0; font-size: 40px; line-height: 1.1; letter-spacing: -0.01em; }
  p { margin: 0; font-size: 17px; line-height: 1.35; color: #115e59; max-width: 384px; text-wrap: balance; }
</style></head><body>
  <img alt="" src="${dataUrl(icon)}"><h1>MedGlance</h1><p>${l.tagline}</p>
</body></html>`;

async function renderLanguage(s: ExtensionSession, l: Language, icon: Buffer): Promise<string[]> {
  const article = await openArticle(s, l);
  const plain = await article.screenshot();
  await openCard(article, l);
  const written = [writePng(l.lang, 'screenshot-card-1280x800.png', await article.screenshot(), SCREEN)];
  const errors = s.consoleErrors(article);
  if (errors.length) throw new Error(`${l.page} errors: ${errors.join('; ')}`);

  const popup = await popupImage(s, article);
  const scene = await renderHtml(s, popupScene(l.lang, plain, popup), SCREEN);
  written.push(writePng(l.lang, 'screenshot-popup-1280x800.png', scene, SCREEN));
  written.push(writePng(l.lang, 'promo-440x280.png', await renderHtml(s, promoTile(l, icon), PROMO), PROMO));
  await article.close();
  return written;
}

async function main(): Promise<void> {
  const buildDir = mkdtempSync(join(tmpdir(), 'medglance-store-'));
  try {
    console.log('Building the Chrome extension…');
    const extensionDir = buildExtension(buildDir, 'chrome');
    const icon = readFileSync(join(root, 'public', 'icon', '128.png'));
    for (const l of LANGUAGES) {
      const s = await launchExtension({ extensionDir, locale: l.locale, viewport: SCREEN });
      try {
        for (const path of await renderLanguage(s, l, icon)) console.log(relative(process.cwd(), path));
      } finally {
        await s.close();
      }
    }
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
