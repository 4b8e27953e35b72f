import { afterAll, beforeAll, expect, test } from 'vitest';
import { countLiveObjects } from './heap-snapshot';
import { launchExtension, type ExtensionSession } from './harness';
import { highlightCount, openFixture, pageInfoFromWorker, sendFromWorker } from './page-helpers';
import { MENTION_HIGHLIGHT } from './extension-constants';

let s: ExtensionSession;
beforeAll(async () => {
  s = await launchExtension();
});
afterAll(() => s?.close());

const ROUNDS = 4;
const PER_ROUND = 250;

// An SPA that shows and removes 1,000 web components (open shadow roots, each with a mention) in four
// rounds. Whatever MedGlance keeps of removed components shows up as live ShadowRoot objects after GC.
test('a web-component SPA churning 1,000 components: no removed shadow root stays alive', async () => {
  const page = await openFixture(s, '/component-churn.html');
  const baseline = await countLiveObjects(page, 'ShadowRoot');
  for (let round = 0; round < ROUNDS; round++) {
    const marked = await page.evaluate(
      ({ n, name }) => {
        const w = window as unknown as { churn(n: number, marked: () => boolean): Promise<boolean> };
        return w.churn(n, () => (CSS.highlights.get(name)?.size ?? 0) >= n + 1);
      },
      { n: PER_ROUND, name: MENTION_HIGHLIGHT },
    );
    expect(marked, 'every component shown was scanned and marked').toBe(true);
    // The removal is seen in the next mutation batch (100 ms).
    await expect.poll(() => highlightCount(page)).toBe(1);
  }
  const after = await countLiveObjects(page, 'ShadowRoot');
  // Bound: a handful may be in flight (the last batch); 1,000 would be every component ever shown.
  expect(after - baseline).toBeLessThan(20);
  expect(s.consoleErrors(page)).toEqual([]);
});

test('revealing mentions from the popup again and again keeps no Highlight or Range per reveal', async () => {
  const page = await openFixture(s, '/card-hover.html');
  const { mentions } = await pageInfoFromWorker(s, page);
  const before = await countLiveObjects(page, 'Highlight');
  for (let i = 0; i < 40; i++) {
    expect(await sendFromWorker(s, page, 'revealMention', { id: mentions[i % mentions.length]!.id })).toBe(
      true,
    );
  }
  await new Promise((r) => setTimeout(r, 1800)); // every flash has ended (1.5 s)
  expect((await countLiveObjects(page, 'Highlight')) - before).toBeLessThan(3);
});
