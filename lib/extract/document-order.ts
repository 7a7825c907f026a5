/**
 * Document order without `compareDocumentPosition`, which linkedom (the
 * CLI's DOM) gets wrong.
 */

const pathFromRoot = (node: Node): Node[] => {
  const path: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) path.push(n);
  return path.reverse();
};

const indexInParent = (node: Node): number => {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
};

/**
 * Tells whether `a` comes strictly before `b` in document order and is not
 * one of its ancestors.
 *
 * @param a - A node.
 * @param b - A node in the same tree.
 * @return True when `a` precedes `b`.
 */
export function precedes(a: Node, b: Node): boolean {
  const pa = pathFromRoot(a);
  const pb = pathFromRoot(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  // One contains the other (or they are the same node): neither precedes.
  if (i === pa.length || i === pb.length) return false;
  return indexInParent(pa[i] as Node) < indexInParent(pb[i] as Node);
}
