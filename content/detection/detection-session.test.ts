import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startDetection, type DetectionSession } from './detection-session';

/**
 * Interleavings of update(), abort and DOM changes with a running scan, under a fake scheduler: the
 * clock runs 4 ms faster per read, so a slice (8 ms) is about one 16,000-character chunk of the walk, and every
 * yield waits until the test releases it, so the test decides exactly what happens between two slices.
 */
let pending: Array<() => void> = [];
let clock = 0;
beforeEach(() => {
  pending = [];
  clock = 0;
  const real = performance.now.bind(performance);
  vi.spyOn(performance, 'now').mockImplementation(() => real() + (clock += 4));
  vi.stubGlobal('scheduler', { yield: () => new Promise<void>((resolve) => pending.push(resolve)) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** Lets `n` yields (or all pending ones, repeatedly, until none is left) go on. */
async function release(n = Infinity): Promise<void> {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 0)); // let the scan reach its next yield
    const next = pending.shift();
    if (!next) return;
    next();
  }
}
/** Runs everything to the end, mutation batches (100 ms) included. */
async function finish(session: DetectionSession): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await release();
    await new Promise((r) => setTimeout(r, 150));
  }
  await release();
  await session.settled();
}

const ALL = { enabled: true, nameGroups: {} } as const;
const BRANDS_OFF = {
  enabled: true,
  nameGroups: { isotretinoin: { brands: false, international: true, misspellings: true } },
};
const page = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Post ${i}: Claravis and isotretinoin, ${'filler '.repeat(20)}</p>`,
  ).join('');
const texts = (session: DetectionSession) => session.mentions.map((m) => m.text);

describe('a running scan and what happens meanwhile', () => {
  test('the fake scheduler really slices the scan (the interleavings below happen mid-scan)', async () => {
    document.body.innerHTML = page(400);
    const session = startDetection(new AbortController().signal, ALL);
    await release(3);
    expect(pending.length + session.count).toBeGreaterThan(0);
    expect(session.count).toBeLessThan(800);
    await finish(session);
    expect(session.count).toBe(800);
  });

  test('update() mid-scan: nothing of the old run is left, in the count, the list or the hit-test', async () => {
    document.body.innerHTML = page(400);
    const session = startDetection(new AbortController().signal, ALL);
    await release(4);
    session.update(BRANDS_OFF);
    await finish(session);
    expect(new Set(texts(session))).toEqual(new Set(['isotretinoin']));
    expect(session.count).toBe(400);
  });

  test('a rescan queued before update() never writes into the new run', async () => {
    document.body.innerHTML = page(400);
    const session = startDetection(new AbortController().signal, ALL);
    await release(2);
    document.body.insertAdjacentHTML('afterbegin', '<p>Claravis, added mid-scan</p>');
    await new Promise((r) => setTimeout(r, 150)); // batch: its rescan queues behind the full scan
    session.update(BRANDS_OFF); // brands off before that rescan ever ran
    await finish(session);
    expect(texts(session).filter((t) => t === 'Claravis')).toEqual([]);
    expect(session.count).toBe(400);
  });

  test('stop() mid-scan leaves no mention, and later changes find nothing', async () => {
    document.body.innerHTML = page(400);
    const life = new AbortController();
    const session = startDetection(life.signal, ALL);
    await release(3);
    life.abort();
    document.body.insertAdjacentHTML('beforeend', page(2));
    await finish(session);
    expect(session.count).toBe(0);
  });

  test('a subtree added and removed again during the full scan is not counted', async () => {
    document.body.innerHTML = page(400);
    const session = startDetection(new AbortController().signal, ALL);
    await release(2);
    const extra = document.createElement('section');
    extra.innerHTML = '<p>Myorisan, added mid-scan</p>';
    document.body.prepend(extra); // before the walk's position: found only by its own rescan
    await new Promise((r) => setTimeout(r, 150)); // batch: its rescan queues behind the full scan
    extra.remove();
    await new Promise((r) => setTimeout(r, 150)); // batch: the removal is seen before that rescan runs
    await finish(session);
    expect(texts(session)).not.toContain('Myorisan');
    expect(session.mentions.every((m) => m.isConnected)).toBe(true);
    expect(session.count).toBe(800);
  });

  test('a subtree removed while the walk is inside it leaves nothing of it counted', async () => {
    document.body.innerHTML = `<div id="box">${page(400)}</div><p>Accutane after the box</p>`;
    const session = startDetection(new AbortController().signal, ALL);
    await release(4); // the walk is somewhere inside the box
    expect(session.count).toBeLessThan(800);
    document.getElementById('box')!.remove();
    await new Promise((r) => setTimeout(r, 150)); // the removal batch runs while the walk goes on
    await finish(session);
    expect(session.mentions.every((m) => m.isConnected)).toBe(true);
    expect(texts(session)).toEqual(['Accutane']);
  });

  test('text typed into a region that was never read, or one that became editable, is not counted', async () => {
    document.body.innerHTML =
      '<p id="p">Accutane</p><div id="ed" contenteditable="PLAINTEXT-ONLY">notes</div>';
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['Accutane']);
    document.getElementById('ed')!.append(' Claravis');
    document.getElementById('ed')!.firstChild!.textContent = 'my Epuris notes';
    document.getElementById('p')!.setAttribute('contenteditable', '');
    await finish(session);
    expect(texts(session)).toEqual([]);
    document.getElementById('p')!.setAttribute('contenteditable', 'false');
    await finish(session);
    expect(texts(session)).toEqual(['Accutane']);
  });

  test('text already read that the page moves into a new editor, or into an existing one, stops counting', async () => {
    document.body.innerHTML =
      '<p id="a">Accutane here</p><p id="b">Claravis there</p><div id="ed" contenteditable>draft</div>';
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['Accutane', 'Claravis']);
    // An inline "edit" mode: the post's own text node moves into a new editor.
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.append(document.getElementById('a')!.firstChild!);
    document.body.append(editor);
    document.getElementById('ed')!.append(document.getElementById('b')!.firstChild!);
    await finish(session);
    expect(texts(session)).toEqual([]);
  });

  test('an editor the page adds while the walk is paused before it is not read', async () => {
    document.body.innerHTML = `${page(400)}<section id="tail"></section>`;
    const session = startDetection(new AbortController().signal, ALL);
    await release(2); // the walk is in the first posts
    document.getElementById('tail')!.innerHTML = '<div contenteditable>restored draft: Myorisan</div>';
    await finish(session);
    expect(texts(session)).not.toContain('Myorisan');
    expect(session.count).toBe(800);
    // Once it is no editor any more, its text is read like any other, by later walks too.
    document.querySelector('#tail [contenteditable]')!.removeAttribute('contenteditable');
    await finish(session);
    session.update(ALL);
    await finish(session);
    expect(texts(session)).toContain('Myorisan');
  });
});

describe('a name split across inline elements', () => {
  test('a change to any of its parts drops or finds it again: never a stale mention', async () => {
    document.body.innerHTML = '<p id="p"><b>Iso</b><em>tret</em>inoin in a sentence.</p>';
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['Isotretinoin']);
    const middle = document.querySelector('em')!.firstChild as Text;
    middle.data = 'xxxx';
    await finish(session);
    expect(texts(session)).toEqual([]);
    middle.data = 'tret';
    await finish(session);
    expect(texts(session)).toEqual(['Isotretinoin']);
    // The last part changing (the mention ends there) drops it too.
    const last = document.querySelector('em')!.nextSibling as Text;
    last.data = 'x in a sentence.';
    await finish(session);
    expect(texts(session)).toEqual([]);
  });
});

describe('text that arrives later', () => {
  test('in a component that was empty: its shadow root is known (hit-test, highlight style)', async () => {
    document.body.innerHTML = '<p>Accutane first.</p>';
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="body">Loading…</p>';
    document.body.append(host);
    await finish(session);
    // No name in it yet: watched, but nothing adopted into it.
    expect(session.shadowRoots.connected()).toEqual([]);
    shadow.getElementById('body')!.textContent = 'A reader asks about Roaccutane.';
    await finish(session);
    expect(texts(session)).toEqual(['Accutane', 'Roaccutane']);
    expect(session.shadowRoots.connected()).toEqual([shadow]);
  });

  test('a framework replacing one part of a split name (a new text node) finds it again', async () => {
    document.body.innerHTML = '<p>Took <b>Iso</b><em>tret</em>inoin for a year.</p>';
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['Isotretinoin']);
    document.querySelector('em')!.textContent = 'xxxx';
    await finish(session);
    expect(texts(session)).toEqual([]);
    document.querySelector('em')!.textContent = 'tret';
    await finish(session);
    expect(texts(session)).toEqual(['Isotretinoin']);
  });
});

describe('long containers (16 or more blocks: their items are ruled out one by one)', () => {
  test('a name split by soft hyphens or zero-width spaces is found in an article of many paragraphs', async () => {
    const filler = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} about skin care.</p>`);
    filler[3] = '<p>She took iso\u00adtre\u00adti\u00adno\u00adin for a year.</p>';
    filler[12] = '<p>Her brother took Accu\u200btane.</p>';
    document.body.innerHTML = `<article>${filler.join('')}</article>`;
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['isotretinoin', 'Accutane']);
  });

  test('a feed of web components whose text is in their open shadow roots', async () => {
    document.body.innerHTML = '<p>Comments</p><section id="feed"></section>';
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++) {
      const post = document.createElement(i % 2 ? 'x-post' : 'li');
      const host = i % 2 ? post : post.appendChild(document.createElement('x-body'));
      host.attachShadow({ mode: 'open' }).innerHTML = `<p>Post ${i}: ${i % 5 ? 'fine' : 'Claravis'}</p>`;
      feed.append(post);
    }
    const session = startDetection(new AbortController().signal, ALL);
    await finish(session);
    expect(texts(session)).toEqual(['Claravis', 'Claravis', 'Claravis', 'Claravis']);
  });
});
