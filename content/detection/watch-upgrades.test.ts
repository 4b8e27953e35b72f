import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUpgrades } from './watch-upgrades';

// happy-dom knows no :defined, so every custom element counts as undefined here, and a shadow root is
// what tells an upgrade; the real browser (tests/e2e/shadow-upgrade.e2e.test.ts) checks definitions.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchUpgrades', () => {
  it('reports each element of a name once that name has upgraded, and only once', () => {
    document.body.innerHTML =
      '<p>text</p><comment-card id="a"></comment-card><comment-card id="b"></comment-card><medglance-card></medglance-card>';
    const upgraded: Element[] = [];
    const watch = watchUpgrades((host) => upgraded.push(host));
    watch.look(document);
    vi.advanceTimersByTime(1000);
    expect(upgraded).toEqual([]);
    const [a, b] = document.querySelectorAll('comment-card');
    a!.attachShadow({ mode: 'open' }).innerHTML = '<p>Accutane</p>';
    b!.attachShadow({ mode: 'open' }).innerHTML = '<p>Roaccutane</p>';
    // Our own card's host is never watched, shadow root or not.
    document.querySelector('medglance-card')!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(20_000);
    expect(upgraded).toEqual([a, b]);
    expect(vi.getTimerCount()).toBe(0); // nothing left to watch: no more polls
    watch.stop();
  });

  it('still looks a minute later, at most 10 s apart; a new name is looked at soon', () => {
    document.body.innerHTML = '<late-one></late-one>';
    const upgraded: Element[] = [];
    const watch = watchUpgrades((host) => upgraded.push(host));
    watch.look(document.body);
    vi.advanceTimersByTime(60_000);
    document.querySelector('late-one')!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(10_000);
    expect(upgraded).toHaveLength(1);
    const next = document.createElement('late-two');
    document.body.append(next);
    watch.look(next);
    next.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(250);
    expect(upgraded).toEqual([document.querySelector('late-one'), next]);
    watch.stop();
  });

  it('arms one timer for many elements, and more of a known name do not hurry it', () => {
    document.body.innerHTML = '<x-row></x-row>'.repeat(500) + '<x-cell></x-cell>'.repeat(500);
    const watch = watchUpgrades(() => {});
    const spy = vi.spyOn(globalThis, 'setTimeout');
    watch.look(document);
    expect(spy).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250 + 500 + 1000); // polls at 250, 750 and 1,750 ms
    spy.mockClear();
    const more = document.createElement('x-row');
    document.body.append(more);
    watch.look(more);
    expect(spy).not.toHaveBeenCalled(); // the next poll stays 2 s after the last
    spy.mockRestore();
    watch.stop();
  });

  it('never watches an undefined element that already has a shadow root (it is read as a host)', () => {
    document.body.innerHTML = '<x-post></x-post>';
    document.querySelector('x-post')!.attachShadow({ mode: 'open' });
    const upgraded = vi.fn();
    const watch = watchUpgrades(upgraded);
    watch.look(document);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(upgraded).not.toHaveBeenCalled();
  });

  it('forgets elements that left the page, even if they upgrade later, and then stops polling', () => {
    document.body.innerHTML = '<gone-soon></gone-soon><x-stays></x-stays>';
    const upgraded = vi.fn();
    const watch = watchUpgrades(upgraded);
    watch.look(document);
    const gone = document.querySelector('gone-soon')!;
    gone.remove();
    gone.attachShadow({ mode: 'open' });
    document.querySelector('x-stays')!.remove();
    vi.advanceTimersByTime(250);
    expect(upgraded).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
