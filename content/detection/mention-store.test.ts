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
  restore() {},
};
const scanInto = (store: ReturnType<typeof createMentionStore>, root: Node, sequential = true): void => {
  for (const chunk of collectText(root)) store.replace(chunk.nodes, scanChunk(chunk, matcher), sequential);
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
    const store = createMentionStore(highlighter);
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
    const store = createMentionStore(highlighter);
    scanInto(store, document.body);
    scanInto(store, document.getElementById('a')!, false);
    expect(store.size()).toBe(3);
    expect(store.takeChanged()).toBe(true);
    expect(store.takeChanged()).toBe(false);
    document.getElementById('a')!.remove();
    store.dropDisconnected();
    expect(store.ordered().map((m) => m.text)).toEqual(['Epuris']);
    expect(highlighted.size).toBe(1);
    expect(store.takeChanged()).toBe(true);
  });

  it('gives each mention a live Range over exactly its text', () => {
    document.body.innerHTML = '<p>take Iso<em>tret</em>inoin daily</p>';
    const store = createMentionStore(highlighter);
    scanInto(store, document.body);
    const [mention] = store.ordered();
    expect(mention?.range.toString()).toBe('Isotretinoin');
    expect(mention?.range).toBe(mention?.range);
    expect(mention?.name.group).toBe('inn');
    expect(mention?.name.medicationId).toBe('isotretinoin');
  });

  it('gives every mention an id that finds it while it is stored, and never reuses one', () => {
    document.body.innerHTML = '<p id="a">Accutane</p><p id="b">Epuris</p>';
    const store = createMentionStore(highlighter);
    scanInto(store, document.body);
    const [first, second] = store.ordered();
    expect(store.byId(first!.id)).toBe(first);
    scanInto(store, document.getElementById('a')!, false); // rescan: a new mention for the same text
    const again = store.ordered()[0]!;
    expect(again.text).toBe('Accutane');
    expect(again.id).not.toBe(first!.id);
    expect(store.byId(first!.id)).toBeUndefined();
    expect(store.byId(second!.id)).toBe(second);
  });

  it('tells its listener of every mention added and removed', () => {
    document.body.innerHTML = '<p id="a">Accutane and Absorica</p>';
    const live = new Set<number>();
    const store = createMentionStore(highlighter, {
      added: (m) => live.add(m.id),
      removed: (m) => live.delete(m.id),
    });
    scanInto(store, document.body);
    expect(live.size).toBe(2);
    store.dropWithin(document.getElementById('a')!);
    expect(live.size).toBe(0);
    expect(store.size()).toBe(0);
    expect(highlighted.size).toBe(0);
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
