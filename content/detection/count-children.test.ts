import { describe, expect, test } from 'vitest';
import { hasChildNodes, hasElementChildren } from './count-children';

/** A list of `length` children that counts how many of them were read. */
function countingList(length: number) {
  let reads = 0;
  const child = (i: number): object | null => {
    if (i >= length) return null;
    reads++;
    return {
      get nextElementSibling() {
        return child(i + 1);
      },
      get nextSibling() {
        return child(i + 1);
      },
    };
  };
  const parent = {
    get firstElementChild() {
      return child(0);
    },
    get firstChild() {
      return child(0);
    },
  };
  return { parent: parent as unknown as ParentNode & Node, reads: () => reads };
}

describe('bounded child counts', () => {
  test('answer at the threshold, below and above it', () => {
    for (const [length, n, want] of [
      [0, 1, false],
      [0, 0, true],
      [7, 8, false],
      [8, 8, true],
      [9, 8, true],
    ] as const) {
      expect(hasElementChildren(countingList(length).parent, n)).toBe(want);
      expect(hasChildNodes(countingList(length).parent, n)).toBe(want);
    }
  });

  test('read at most n children of a 10,000-item list', () => {
    const elements = countingList(10_000);
    expect(hasElementChildren(elements.parent, 16)).toBe(true);
    expect(elements.reads()).toBeLessThanOrEqual(16);
    const nodes = countingList(10_000);
    expect(hasChildNodes(nodes.parent, 33)).toBe(true);
    expect(nodes.reads()).toBeLessThanOrEqual(33);
  });

  test('count only elements as element children, in a real DOM', () => {
    const div = document.createElement('div');
    div.innerHTML = 'a<b>1</b> text <!-- c --><i>2</i>';
    expect(hasElementChildren(div, 2)).toBe(true);
    expect(hasElementChildren(div, 3)).toBe(false);
    expect(hasChildNodes(div, 5)).toBe(true);
    expect(hasChildNodes(div, 6)).toBe(false);
  });
});
