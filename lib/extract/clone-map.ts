/**
 * Readability rewrites the document it reads, so Pressmark gives it a clone
 * and keeps a map from the clone's text nodes back to the live page's: the
 * article is found on the clone, but highlights are drawn on the live page.
 */

/** A detached copy of a document and the way back to its live nodes. */
export interface MappedClone {
  clone: Document;
  /** The live text node a clone text node was copied from, if any. */
  liveOf: (cloneNode: Text) => Text | null;
}

/**
 * Clones `doc` deeply and pairs every clone text node with its original.
 * Must run before anything mutates the clone: the pairing walks both trees
 * in lockstep, which only holds while they have the same shape.
 *
 * @param doc - The live document (or any document in Node).
 * @return The clone and the text-node map.
 */
export function cloneWithMap(doc: Document): MappedClone {
  const clone = doc.cloneNode(true) as Document;
  const pairs = new Map<Node, Text>();
  // Start at the root element: linkedom's Document links its doctype to no sibling.
  const stack: [Node, Node][] = [[doc.documentElement, clone.documentElement]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop() as [Node, Node];
    let a = live.firstChild;
    let b = copy.firstChild;
    while (a && b) {
      if (a.nodeType === 3) pairs.set(b, a as Text);
      else if (a.firstChild) stack.push([a, b]);
      a = a.nextSibling;
      b = b.nextSibling;
    }
  }
  return { clone, liveOf: (node) => pairs.get(node) ?? null };
}
