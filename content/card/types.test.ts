import { expect, test } from 'vitest';
import { Mention } from '../detection/mention';
import { foundAgainIn } from './types';

const name = { medicationId: 'isotretinoin', text: 'Accutane', group: 'brands' } as const;
const at = (node: Text, offset: number, text = 'Accutane') =>
  new Mention(text, name, node, offset, node, offset + text.length, [node]);

test('a mention read again after its text changed: same node and name, nearest where it was', () => {
  const node = document.createTextNode('so Accutane and Accutane');
  const other = document.createTextNode('Accutane');
  const was = at(node, 0);
  const mentions = [at(other, 0), at(node, 3), at(node, 16), at(node, 3, 'accutane')];
  expect(foundAgainIn(mentions, was)).toBe(mentions[1]);
  expect(foundAgainIn([at(other, 0)], was)).toBeUndefined();
  // A new text node in the same parent: found there (the old node has left it).
  const p = document.createElement('p');
  p.append(node);
  const renewed = document.createTextNode('so Accutane');
  node.replaceWith(renewed);
  expect(foundAgainIn([at(renewed, 3)], was, p)?.startNode).toBe(renewed);
  expect(foundAgainIn([at(renewed, 3)], was)).toBeUndefined();
  // While the old node is still there, a sibling node's same name is another mention.
  const kept = at(renewed, 3);
  const sibling = document.createTextNode(' and Accutane');
  p.append(sibling);
  expect(foundAgainIn([at(sibling, 5)], kept, p)).toBeUndefined();
});
