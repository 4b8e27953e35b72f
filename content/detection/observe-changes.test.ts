import { afterEach, describe, expect, it } from 'vitest';
import { changedBlocks, observeChanges, type DomChanges } from './observe-changes';

afterEach(() => {
  document.body.innerHTML = '';
});

async function collect(change: () => void): Promise<DomChanges[]> {
  const batches: DomChanges[] = [];
  const ac = new AbortController();
  observeChanges((c) => batches.push(c), ac.signal).observe(document);
  change();
  await new Promise((r) => setTimeout(r, 250));
  ac.abort();
  return batches;
}

describe('observeChanges', () => {
  it('batches many appends into one report of the outermost added nodes', async () => {
    // Among more existing children than new ones: the page's body is not reported as a whole.
    document.body.innerHTML = '<p>old</p>'.repeat(300);
    const batches = await collect(() => {
      for (let i = 0; i < 200; i++) {
        const div = document.createElement('div');
        div.innerHTML = `<p>comment ${i}</p>`;
        document.body.append(div);
        div.firstElementChild!.append(' more');
      }
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toHaveLength(200);
    expect(batches[0]!.added.every((n) => (n as Element).localName === 'div')).toBe(true);
  });

  it('reports a container whose children were all replaced as one node, not each of its children', async () => {
    // A route swap (innerHTML of the main view) adds thousands of children in one record; sorting each
    // of them out in the observer's batch was one long task on the page.
    document.body.innerHTML = '<main><p>old view</p></main><aside><p>kept</p></aside>';
    const main = document.querySelector('main')!;
    const batches = await collect(() => {
      main.innerHTML = Array.from({ length: 500 }, (_, i) => `<p>post ${i}</p>`).join('');
      document.querySelector('aside')!.append(document.createElement('p'));
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toEqual([main, document.querySelector('aside > p:last-child')]);
  });

  it('still reports each of a few nodes appended to a long list', async () => {
    document.body.innerHTML = `<ul>${'<li>old</li>'.repeat(200)}</ul>`;
    const list = document.querySelector('ul')!;
    const batches = await collect(() => {
      for (let i = 0; i < 100; i++) list.insertAdjacentHTML('beforeend', `<li>new ${i}</li>`);
    });
    expect(batches[0]!.added).toHaveLength(100);
  });

  it('reports edited text nodes and removals, and skips nodes already gone', async () => {
    document.body.innerHTML = '<p id="a">old</p><p id="b">gone</p>';
    const text = document.getElementById('a')!.firstChild as Text;
    const batches = await collect(() => {
      text.data = 'new';
      document.getElementById('b')!.remove();
      const temp = document.createElement('span');
      document.body.append(temp);
      temp.remove();
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual({ added: [], changedText: [text], removed: true, editability: [] });
  });

  it("reports nothing when only our card's host moves (into a page's dialog and back)", async () => {
    // A move is a removal: it used to make every batch sweep all mentions for disconnected ones.
    document.body.innerHTML = '<dialog><p>in the dialog</p></dialog>';
    const host = document.createElement('medglance-card');
    document.documentElement.append(host);
    const batches = await collect(() => {
      document.querySelector('dialog')!.append(host);
      document.documentElement.append(host);
    });
    expect(batches).toEqual([]);
    // A page's own removal next to it still counts.
    const more = await collect(() => {
      document.querySelector('dialog')!.append(host);
      document.querySelector('p')!.remove();
    });
    expect(more.map((b) => b.removed)).toEqual([true]);
  });

  it('reports nothing after disconnect, not even changes already queued', async () => {
    const batches: DomChanges[] = [];
    const watch = observeChanges((c) => batches.push(c), new AbortController().signal);
    watch.observe(document);
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    watch.disconnect();
    document.body.append(document.createElement('p'));
    watch.observe(document);
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 250));
    expect(batches).toEqual([]);
  });

  it('reports elements whose contenteditable changed, and no other attribute change', async () => {
    document.body.innerHTML = '<div id="e">text</div><p id="p">x</p>';
    const batches = await collect(() => {
      document.getElementById('e')!.setAttribute('contenteditable', 'plaintext-only');
      document.getElementById('p')!.setAttribute('class', 'changed');
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]!.editability).toEqual([document.getElementById('e')]);
  });

  it('stops reporting once aborted', async () => {
    const batches: DomChanges[] = [];
    const ac = new AbortController();
    observeChanges((c) => batches.push(c), ac.signal).observe(document);
    document.body.append('x');
    ac.abort();
    await new Promise((r) => setTimeout(r, 250));
    expect(batches).toEqual([]);
  });
});

describe('changedBlocks', () => {
  it('reads added inline content from its block, but never widens to the whole body', () => {
    document.body.innerHTML = '<p>Took <b>Iso</b><em>tret</em>inoin.</p><div>x</div>';
    const em = document.querySelector('em')!;
    const pixel = document.createElement('span');
    document.body.append(pixel);
    const roots = changedBlocks({
      added: [em.firstChild!, pixel],
      changedText: [],
      removed: false,
      editability: [],
    });
    expect([...roots]).toEqual([document.querySelector('p'), pixel]);
    // Nor to a container: a card link appended to a feed of 100 is read alone.
    document.body.innerHTML = `<div id="feed">${'<a href="#">card</a>'.repeat(100)}</div>`;
    const card = document.createElement('a');
    document.getElementById('feed')!.append(card);
    expect([...changedBlocks({ added: [card], changedText: [], removed: false, editability: [] })]).toEqual([
      card,
    ]);
  });
});
