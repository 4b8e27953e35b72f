// Bounded child counts. `childElementCount` (and a first `childNodes.length`) walks every child: on a
// forum's 10,120-item list one read took 0.5–3.5 ms in Chromium, and the presence check read it three
// times before testing any text. These read at most `n` children, which is all a threshold needs.

/** True when `node` has at least `n` element children. */
export function hasElementChildren(node: ParentNode, n: number): boolean {
  if (n <= 0) return true;
  for (let el = node.firstElementChild, seen = 1; el; el = el.nextElementSibling, seen++)
    if (seen >= n) return true;
  return false;
}

/** True when `node` has at least `n` child nodes of any kind. */
export function hasChildNodes(node: Node, n: number): boolean {
  if (n <= 0) return true;
  for (let child = node.firstChild, seen = 1; child; child = child.nextSibling, seen++)
    if (seen >= n) return true;
  return false;
}
