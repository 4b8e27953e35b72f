import { afterEach, describe, expect, it } from 'vitest';
import { observeChanges, type DomChanges } from './observe-changes';

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
