/** The part of a matcher the presence check needs (every-name.ts has one without the names). */
export interface PresenceTest {
  /** Cheap presence check: may say true for a text with no whole-word match, never false for one with. */
  test(text: string): boolean;
  /** The next match of the pattern `test` tests, in `text` at or after `from`, as [start, end), or null. */
  next(text: string, from: number): readonly [number, number] | null;
}

/**
 * The presence test for a boundary-free pattern (match-names.ts `namePatterns`). `next` compiles the
 * pattern a second time, as a global one, when first asked: only a page whose text has a name does.
 */
export function presenceTest(source: string): PresenceTest {
  const any = new RegExp(source, 'iu');
  let global: RegExp | undefined;
  return {
    test: (text) => any.test(text),
    next(text, from) {
      global ??= new RegExp(source, 'giu');
      global.lastIndex = from;
      const m = global.exec(text);
      return m ? [m.index, m.index + m[0].length] : null;
    },
  };
}
