import { expect, test } from 'vitest';
import { onEachDocument } from './each-document';

/** What document.open() does to the tree: the old root element goes, a new one comes. */
function newRoot(): void {
  document.documentElement.remove();
  document.append(document.createElement('html'));
}

test('registers again, with the previous round aborted, when the document gets a new root element', async () => {
  const rounds: AbortSignal[] = [];
  const life = new AbortController();
  onEachDocument((round) => rounds.push(round), life.signal);
  expect(rounds).toHaveLength(1);
  document.body.append(document.createElement('p')); // not the document's own children: nothing
  await Promise.resolve();
  expect(rounds).toHaveLength(1);
  newRoot();
  await new Promise((r) => setTimeout(r, 0));
  expect(rounds).toHaveLength(2);
  expect(rounds[0]!.aborted).toBe(true);
  expect(rounds[1]!.aborted).toBe(false);
  life.abort();
  expect(rounds[1]!.aborted).toBe(true);
  newRoot();
  await new Promise((r) => setTimeout(r, 0));
  expect(rounds).toHaveLength(2);
});
