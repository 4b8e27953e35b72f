import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/chromium-path';
import { startFixtureServer } from '../tests/e2e/fixture-server';

// `npm run demo`: build the Chrome extension, serve the bundled demo article from 127.0.0.1 and open the
// system Chromium with the extension loaded. Headed by default (runs until the window is closed).
// `npm run demo -- --headless` (automatic without a display): hover the first mention, wait briefly for
// the card and save a screenshot whose path is printed.

const root = resolve(import.meta.dirname, '..');
const DEMO_PAGE = '/demo-article.html';
const SCREENSHOT = join(root, 'demo-output', 'medglance-demo.png');
// Long enough for the card's hover-intent delay and first render, short enough that a missing card
// does not stall the demo.
const CARD_WAIT_MS = 3_000;

const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

/** Builds into its own folder so a concurrent `npm run build` never swaps files under the browser. */
function buildExtension(): string {
  const outDir = join(root, '.output', 'demo');
  console.log('Building the Chrome extension…');
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...process.env, MEDGLANCE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dir = join(outDir, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`the build produced no manifest in ${dir}`);
  return dir;
}

/** Viewport rectangle of the first highlighted mention in document order, once highlighting has run. */
async function firstMentionRect(page: Page): Promise<{ x: number; y: number; text: string; count: number }> {
  await page.waitForFunction(() => (CSS.highlights.get('medglance-mention')?.size ?? 0) > 0, null, {
    timeout: 15_000,
  });
  return page.evaluate(() => {
    // Highlights may hold StaticRange objects, which cannot measure or compare: use live copies.
    const ranges = [...(CSS.highlights.get('medglance-mention') ?? [])].map((a) => {
      const r = new Range();
      r.setStart(a.startContainer, a.startOffset);
      r.setEnd(a.endContainer, a.endOffset);
      return r;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges[0]!;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = first.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: first.toString(), count: ranges.length };
  });
}

/**
 * Resolves once the card and everything around it (across shadow boundaries) is fully opaque, so the
 * screenshot does not catch the card half-way through its fade-in; gives up after 2 s.
 */
async function settled(card: Element): Promise<void> {
  // No named inner functions: tsx wraps them in a `__name` helper that does not exist in the page.
  const deadline = performance.now() + 2_000;
  while (performance.now() < deadline) {
    let opaque = true;
    for (
      let el: Element | null = card;
      el;
      el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)
    ) {
      if (Number(getComputedStyle(el).opacity) < 1) opaque = false;
    }
    if (opaque) return;
    await new Promise((frame) => requestAnimationFrame(frame));
  }
}

/** The dialog's name as a screen reader announces it (aria-label, else its aria-labelledby text). */
function accessibleName(el: Element): string {
  const scope = el.getRootNode() as Document | ShadowRoot;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = ids.map((id) => scope.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  return el.getAttribute('aria-label') ?? (named || '(unnamed)');
}

async function runHeadless(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  const mention = await firstMentionRect(page);
  console.log(`Highlighted ${mention.count} mentions; hovering the first one ("${mention.text}").`);
  // Approach from the side in small steps, as a real pointer would, so hover-intent logic sees movement.
  await page.mouse.move(mention.x - 40, mention.y);
  await page.mouse.move(mention.x, mention.y, { steps: 8 });
  // getByRole pierces open shadow roots, where the card lives (DESIGN.md public contract 2).
  const card = page.getByRole('dialog').first();
  const cardShown = await card
    .waitFor({ state: 'visible', timeout: CARD_WAIT_MS })
    .then(() => true)
    .catch(() => false);
  if (cardShown) await card.evaluate(settled);
  mkdirSync(join(root, 'demo-output'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(
    cardShown
      ? `Hover card appeared: "${await card.evaluate(accessibleName)}".`
      : `No hover card appeared within ${CARD_WAIT_MS / 1000} s; the screenshot shows the highlights only.`,
  );
  console.log(`Screenshot: ${relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);
}

async function runHeaded(context: BrowserContext, url: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Chromium is open on ${url}. Hover a highlighted name to see its card.`);
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.once('SIGINT', () => done());
  });
}

async function main(): Promise<void> {
  const extensionDir = buildExtension();
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'medglance-demo-'));
  if (!hasDisplay && !process.argv.includes('--headless')) console.log('No display found: running headless.');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  try {
    const url = server.url(DEMO_PAGE);
    await (headless ? runHeadless(context, url) : runHeaded(context, url));
  } finally {
    await context.close().catch(() => {});
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
