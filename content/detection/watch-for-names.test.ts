import { afterEach, describe, expect, it, vi } from 'vitest';
import * as presence from './presence-check';
import { whenFrameMayMention } from './watch-for-names';

// Counts the presence checks of changed subtrees, still running the real ones.
vi.mock('./presence-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('./presence-check')>();
  return { ...real, subtreeMayMention: vi.fn(real.subtreeMayMention) };
});
const subtreeChecks = vi.mocked(presence.subtreeMayMention);

/** Past the change observer's batch (100 ms) and the checks it starts. */
const settle = () => new Promise((r) => setTimeout(r, 250));

/** Whether the promise has resolved by now. */
async function resolved(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await settle();
  return done;
}

const addParagraph = (text: string): void => {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
};

afterEach(() => {
  document.body.innerHTML = '';
  subtreeChecks.mockClear();
});

describe('whenFrameMayMention', () => {
  it('waits on a page without a name, and resolves once one is added', async () => {
    document.body.innerHTML = '<p>Nothing to see here.</p>';
    const ac = new AbortController();
    const found = whenFrameMayMention(ac.signal);
    expect(await resolved(found)).toBe(false);
    addParagraph('My dermatologist suggested Accutane.');
    expect(await resolved(found)).toBe(true);
    ac.abort();
  });

  it('checks nothing more once a name is found: the observer is gone', async () => {
    document.body.innerHTML = '<p>Isotretinoin is an acne medicine.</p>';
    const ac = new AbortController();
    expect(await resolved(whenFrameMayMention(ac.signal))).toBe(true);
    addParagraph('A later comment.');
    await settle();
    expect(subtreeChecks).not.toHaveBeenCalled();
    ac.abort();
  });

  it('never resolves after its signal aborts, even when a name appears', async () => {
    document.body.innerHTML = '<p>Nothing yet.</p>';
    const ac = new AbortController();
    const found = whenFrameMayMention(ac.signal);
    await settle();
    ac.abort();
    addParagraph('Roaccutane');
    expect(await resolved(found)).toBe(false);
    expect(subtreeChecks).not.toHaveBeenCalled();
  });
});
