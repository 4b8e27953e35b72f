import { beforeEach, describe, expect, it } from 'vitest';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { collectText } from './collect-text';
import type { Highlighter } from './highlighter';
import { compileMatcher } from './match-names';
import { compareComposed, createMentionStore } from './mention-store';
import { scanChunk } from './scan-text';

const matcher = compileMatcher(ISOTRETINOIN.names);
const highlighted = new Set<AbstractRange>();
const highlighter: Highlighter = {
  add: (r) => void highlighted.add(r),
  delete: (r) => void highlighted.delete(r),
  clear: () => highlighted.clear(),
};
const scanInto = (store: ReturnType<typeof createMentionStore>, root: Node, sequential = true): void => {
  for (const chunk of collectText(root))
    store.replace(chunk.nodes, scanChunk(chunk, matcher), highlighter, sequential);
};

beforeEach(() => {
  document.body.innerHTML = '';
  highlighted.clear();
});

describe('mention store', () => {
  it('orders mentions found by later, partial scans in document order, shadow trees in place', () => {
    document.body.innerHTML =
      '<p id="a">Accutane</p><div id="host"><i>light Claravis</i></div><p id="z">Zenatane</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>Epuris</b>';
    const store = createMentionStore();
    scanInto(store, document.getElementById('z')!, false);
    scanInto(store, shadow, false);
    scanInto(store, document.getElementById('host')!, false);
    scanInto(store, document.getElementById('a')!, false);
    expect(store.ordered().map((m) => m.text)).toEqual(['Accutane', 'Epuris', 'Claravis', 'Zenatane']);
    expect(store.size()).toBe(4);
    expect(highlighted.size).toBe(4);
  });

  it('a rescan replaces, never duplicates; removed text drops its mentions and highlights', () => {
    document.body.innerHTML = '<p id="a">Accutane and Absorica</p><p id="b">Epuris</p>';
    const store = createMentionStore();
    scanInto(store, document.body);
    scanInto(store, document.getElementById('a')!, false);
    expect(store.size()).toBe(3);
    expect(store.takeChanged()).toBe(true);
    expect(store.takeChanged()).toBe(false);
    document.getElementById('a')!.remove();
    store.dropDisconnected(highlighter);
    expect(store.ordered().map((m) => m.text)).toEqual(['Epuris']);
    expect(highlighted.size).toBe(1);
    expect(store.takeChanged()).toBe(true);
  });

  it('gives each mention a live Range over exactly its text', () => {
    document.body.innerHTML = '<p>take Iso<em>tret</em>inoin daily</p>';
    const store = createMentionStore();
    scanInto(store, document.body);
    const [mention] = store.ordered();
    expect(mention?.range.toString()).toBe('Isotretinoin');
    expect(mention?.range).toBe(mention?.range);
    expect(mention?.name.group).toBe('inn');
  });

  it('compares nodes across shadow boundaries', () => {
    document.body.innerHTML = '<p id="a">a</p><div id="host">light</div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'shadow';
    const a = document.getElementById('a')!.firstChild!;
    const light = document.getElementById('host')!.firstChild!;
    expect(compareComposed(a, shadow.firstChild!)).toBe(-1);
    expect(compareComposed(shadow.firstChild!, light)).toBe(-1);
    expect(compareComposed(light, shadow.firstChild!)).toBe(1);
    expect(compareComposed(light, light)).toBe(0);
  });
});
