import { describe, expect, test } from 'vitest';
import { envelope, isPageInfo, parseMessage } from './messaging';

describe('parseMessage: everything received is checked before use', () => {
  test('accepts our messages with valid data', () => {
    expect(parseMessage(envelope('revealMention', { id: 3 }))).toEqual({
      type: 'revealMention',
      data: { id: 3 },
    });
    expect(parseMessage(envelope('mentionCount', { count: 0 }))).toEqual({
      type: 'mentionCount',
      data: { count: 0 },
    });
    expect(parseMessage(envelope('toggleSite', {}))).toEqual({ type: 'toggleSite', data: {} });
  });

  test.each([
    ['garbage', 'hello'],
    ['null', null],
    ['a number', 42],
    ['an array', [1, 'revealMention']],
    ['no envelope marker', { type: 'revealMention', data: { id: 1 } }],
    ['another version', { medglance: 2, type: 'revealMention', data: { id: 1 } }],
    ['an unknown kind', { medglance: 1, type: 'deleteEverything', data: {} }],
    ['a prototype name as kind', { medglance: 1, type: 'toString', data: {} }],
    ['a kind that is not a string', { medglance: 1, type: 7, data: {} }],
    ['missing data', { medglance: 1, type: 'revealMention' }],
    ['data of the wrong type', { medglance: 1, type: 'revealMention', data: { id: '3' } }],
    ['a negative id', { medglance: 1, type: 'revealMention', data: { id: -1 } }],
    ['a fractional count', { medglance: 1, type: 'mentionCount', data: { count: 1.5 } }],
    ['an enormous count', { medglance: 1, type: 'mentionCount', data: { count: 2 ** 60 } }],
    ['data that is a string', { medglance: 1, type: 'toggleSite', data: 'x' }],
  ])('rejects %s', (_what, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

test('page info pushed to the popup is checked too (a stale content script may send an older shape)', () => {
  const ok = {
    host: 'a.com',
    state: 'active',
    count: 1,
    medications: ['isotretinoin'],
    mentions: [{ id: 1, name: 'Accutane', snippet: 'x' }],
  };
  expect(isPageInfo(ok)).toBe(true);
  expect(isPageInfo({ ...ok, mentions: [{ index: 0, name: 'Accutane', snippet: 'x' }] })).toBe(false);
  expect(
    isPageInfo({
      ...ok,
      mentions: Array.from({ length: 201 }, (_, id) => ({ id, name: 'a', snippet: 'b' })),
    }),
  ).toBe(false);
  expect(isPageInfo({ ...ok, medications: undefined })).toBe(false);
});
