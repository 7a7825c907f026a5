/**
 * The smallest element containing every given node.
 *
 * @param nodes - Nodes in one document.
 * @return Their deepest common ancestor element, or null for no nodes.
 */
export function commonAncestor(nodes: readonly Node[]): Element | null {
  let candidate: Node | null = nodes[0]?.parentNode ?? null;
  for (const node of nodes) {
    while (candidate && !candidate.contains(node)) candidate = candidate.parentNode;
  }
  return candidate && candidate.nodeType === 1 ? (candidate as Element) : null;
}
