// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ISOTRETINOIN } from './isotretinoin';

describe('ISOTRETINOIN medication', () => {
  it('joins the detection names with the reading content under one id', () => {
    expect(ISOTRETINOIN.id).toBe('isotretinoin');
    expect(ISOTRETINOIN.names.filter((n) => n.group === 'inn').map((n) => n.text)).toEqual([
      ISOTRETINOIN.genericName,
    ]);
    expect(ISOTRETINOIN.sections[1]?.kind).toBe('pregnancy');
  });
});
