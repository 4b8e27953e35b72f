import { describe, expect, test } from 'vitest';
import { pageState } from './page-state';
import { DEFAULT_SETTINGS } from './settings-schema';

describe('pageState', () => {
  const now = 1_000_000;
  test.each([
    [{}, 'active'],
    [{ enabled: false, pausedUntil: now + 1 }, 'off'],
    [{ disabledSites: ['*.example.com'] }, 'site-disabled'],
    [{ pausedUntil: now + 1 }, 'paused'],
    [{ pausedUntil: now }, 'active'],
  ])('%j → %s on forum.example.com', (patch, state) => {
    expect(pageState({ ...DEFAULT_SETTINGS, ...patch }, 'forum.example.com', now)).toBe(state);
  });
});
