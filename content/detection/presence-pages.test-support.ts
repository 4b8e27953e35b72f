// Shared by the presence-check tests: a matcher with every name, the checks, and pages to run them on.
import * as fc from 'fast-check';
import { ISOTRETINOIN } from '../../medications/isotretinoin';
import { compileMatcher, enabledNames } from './match-names';
import { documentMayMention, subtreeMayMention } from './presence-check';

export const matcher = compileMatcher(
  enabledNames([ISOTRETINOIN], { isotretinoin: { brands: true, international: true, misspellings: true } }),
);
export const check = (root: Node) => subtreeMayMention(root, matcher, new AbortController().signal);
export const checkDocument = () => documentMayMention(matcher, new AbortController().signal);
export const body = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body;
};
export const list = (items: string[]) => `<div><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>`;
export const filler = Array.from({ length: 12 }, (_, i) => `comment ${i} about acne`);

/** Random pages: `piece`s, nested in elements of `tags` with up to `children` children each. */
export const pages = (piece: fc.Arbitrary<string>, tags: string[], children: number): fc.Arbitrary<string> =>
  fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      piece,
      fc
        .tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: children }))
        .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;
