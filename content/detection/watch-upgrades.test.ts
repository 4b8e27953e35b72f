import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchUpgrades } from './watch-upgrades';

// happy-dom knows no :defined, so every custom element counts as undefined here; the real browser
// (tests/e2e/shadow-upgrade.e2e.test.ts) checks that definitions are told apart.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchUpgrades', () => {
  it('reports a custom element once it has an open shadow root, and only once', () => {
    document.body.innerHTML =
      '<p>text</p><comment-card id="c"></comment-card><medglance-card></medglance-card>';
    const upgraded: Element[] = [];
    const watch = watchUpgrades((host) => upgraded.push(host));
    watch.look(document);
    vi.advanceTimersByTime(1000);
    expect(upgraded).toEqual([]);
    const card = document.getElementById('c')!;
    card.attachShadow({ mode: 'open' }).innerHTML = '<p>Accutane</p>';
    // Our own card's host is never watched, shadow root or not.
    document.querySelector('medglance-card')!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(20_000);
    expect(upgraded).toEqual([card]);
    watch.stop();
  });

  it('still looks a minute later, at most 10 s apart; a newly found element is looked at soon', () => {
    document.body.innerHTML = '<late-one></late-one>';
    const upgraded: Element[] = [];
    const watch = watchUpgrades((host) => upgraded.push(host));
    watch.look(document.body);
    vi.advanceTimersByTime(60_000);
    document.querySelector('late-one')!.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(10_000);
    expect(upgraded).toHaveLength(1);
    // A newly found element is looked at within a quarter second again.
    const next = document.createElement('late-two');
    document.body.append(next);
    watch.look(next);
    next.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(250);
    expect(upgraded).toEqual([document.querySelector('late-one'), next]);
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

  it('forgets elements that left the page, and stops looking when none is left', () => {
    document.body.innerHTML = '<gone-soon></gone-soon>';
    const watch = watchUpgrades(() => {});
    watch.look(document);
    const el = document.querySelector('gone-soon')!;
    el.remove();
    watch.sweep();
    el.attachShadow({ mode: 'open' });
    const upgraded = vi.fn();
    const other = watchUpgrades(upgraded);
    other.stop();
    other.look(document);
    expect(vi.getTimerCount()).toBe(1); // the first watch's pending look, which finds nothing
    vi.advanceTimersByTime(250);
    expect(vi.getTimerCount()).toBe(0);
    expect(upgraded).not.toHaveBeenCalled();
  });
});
